// Hand-written regions that no package lists: continents, world regions, seas
// and straits, and the conflict and news regions that wire copy names.
// Format: one line per group, "CC:Name|Name|..." ("--" when the region spans
// several countries). A leading "?" marks a name that is also a common word.
// Names keep their usual capitalisation in running text ("mer Noire").

export const CONTINENTS = `
--:Europe|Afrique|Africa|Asie|Asia|Amérique|America|Americas|Amériques|Amérique du Nord|North America|Amérique du Sud|South America|Amérique latine|Latin America|Amérique centrale|Central America|Océanie|Oceania|Antarctique|Antarctica|Eurasie|Eurasia|Arctique|Arctic
`;

export const WORLD_REGIONS = `
--:Orient|Occident|Moyen-Orient|Proche-Orient|Middle East|Near East|Mideast|Maghreb|Machrek|Levant|Sahel|Afrique du Nord|North Africa|Afrique subsaharienne|Sub-Saharan Africa|Afrique de l'Ouest|West Africa|Afrique de l'Est|East Africa|Afrique centrale|Central Africa|Afrique australe|Southern Africa|Corne de l'Afrique|Horn of Africa|?Golfe|?Gulf|Golfe Persique|golfe Persique|Persian Gulf|Asie centrale|Central Asia|Asie du Sud-Est|Southeast Asia|South-East Asia|Asie du Sud|South Asia|Asie de l'Est|East Asia|Extrême-Orient|Far East|Asie-Pacifique|Asia-Pacific|Indo-Pacifique|Indo-Pacific|Balkans|Caucase|Caucasus|Scandinavie|Scandinavia|Europe de l'Est|Eastern Europe|Europe de l'Ouest|Western Europe|Europe occidentale|Europe centrale|Central Europe|Pacifique|Pacific|Atlantique|Atlantic|Méditerranée|Mediterranean|Caraïbes|Caribbean|Antilles|West Indies|Amazonie|Amazonia|Sibérie|Siberia|Patagonie|Patagonia|Anatolie|Anatolia|Mésopotamie|Mesopotamia|Mandchourie|Manchuria|Laponie|Lapland|Sahara|Scandinavie
--:mer Noire|Mer Noire|Black Sea|mer Rouge|Mer Rouge|Red Sea|mer Baltique|Baltique|Baltic|Baltic Sea|mer Caspienne|Caspienne|Caspian Sea|mer de Chine méridionale|mer de Chine|South China Sea|East China Sea|mer du Nord|North Sea|mer d'Azov|Sea of Azov|détroit d'Ormuz|Ormuz|Strait of Hormuz|Hormuz|détroit de Taïwan|Taiwan Strait|golfe d'Oman|Gulf of Oman|golfe d'Aden|Gulf of Aden|Bab el-Mandeb|canal de Suez|Suez Canal|Bosphore|Bosporus|Dardanelles|Manche|English Channel|océan Indien|Indian Ocean|océan Pacifique|Pacific Ocean|océan Atlantique|Atlantic Ocean
PS:Bande de Gaza|bande de Gaza|Gaza Strip|Cisjordanie|West Bank|Jérusalem-Est|East Jerusalem
SY:Golan|plateau du Golan|Golan Heights|Rojava
IQ:Kurdistan|Kurdistan irakien|Iraqi Kurdistan
UA:Crimée|Crimea|Donbass|Donbas|Kharkiv Oblast|Zaporijjia
EG:Sinaï|Sinai
SD:Darfour|Darfur|Kordofan
IN:Cachemire|Kashmir|Jammu|Pendjab|Punjab|Ladakh
PK:Baloutchistan|Balochistan|Waziristan
CN:Tibet|Xinjiang|Mongolie-Intérieure|Inner Mongolia
AZ:Haut-Karabakh|Nagorno-Karabakh|Karabakh
MD:Transnistrie|Transnistria
GE:Abkhazie|Abkhazia|Ossétie du Sud|South Ossetia
ET:Tigré|Tigray|Amhara|Oromia
CD:Kivu|Nord-Kivu|North Kivu|Sud-Kivu|South Kivu|Ituri
MZ:Cabo Delgado
EH:Sahara occidental|Western Sahara
RU:Tchétchénie|Chechnya|Daghestan|Dagestan|Ingouchie|Ingushetia|Koursk
ES:Catalogne|Catalonia|Pays basque|Basque Country|Andalousie|Andalusia|Canaries|Canary Islands|Baléares|Balearic Islands
FR:Corse|Corsica|Outre-mer|Alsace|Lorraine|Provence|Côte d'Azur|Guyane|Martinique|Guadeloupe|La Réunion|Nouvelle-Calédonie|New Caledonia|Polynésie française|French Polynesia
IT:Sicile|Sicily|Sardaigne|Sardinia|Lombardie|Lombardy|Toscane|Tuscany
DE:Bavière|Bavaria|Rhénanie|Rhineland
BE:Flandre|Flanders|Wallonie|Wallonia
GB:Irlande du Nord|Northern Ireland
US:Silicon Valley|Californie|Caroline du Nord|Caroline du Sud|Dakota du Nord|Dakota du Sud|Virginie|Virginie-Occidentale|Pennsylvanie|Floride|Géorgie|Louisiane|Nouveau-Mexique|Nouvelle-Angleterre|New England|Midwest
CA:Colombie-Britannique|Terre-Neuve|Nouvelle-Écosse|Nouveau-Brunswick|Île-du-Prince-Édouard|Territoires du Nord-Ouest|Grand Nord|Prairies
`;

/**
 * Words that close a place name ("Clark County", "Sunda Strait", "Sherbrook Street", "Rideau Hall")
 * or open one in French ("rue de Sèze", "lac Léman"): such a name is no person.
 */
export const PLACE_HEADS = `
en:Street|St.|Avenue|Ave.|Road|Rd.|Turnpike|Wharf|Boulevard|Lane|Drive|Square|Place|Plaza|Bridge|Tunnel|Highway|Airport|Station|Port|Harbour|Harbor|Park|Gardens|Hall|Palace|Castle|Cathedral|Church|Mosque|Temple|Stadium|Arena|Oval|Racecourse|Velodrome|Village|Town|City|County|Borough|District|Province|State|Territory|Region|Valley|River|Lake|Lakes|Sea|Ocean|Gulf|Bay|Strait|Straits|Channel|Canal|Island|Islands|Isle|Peninsula|Cape|Coast|Beach|Desert|Forest|Mountain|Mountains|Mount|Mt.|Hill|Hills|Heights|Falls|Canyon|Plain|Plains|Basin|Delta|Glacier|Volcano|Pass|Springs
fr:rue|avenue|boulevard|place|quai|pont|parc|hôtel|bibliothèque|route|chemin|impasse|allée|cours|faubourg|lac|mont|monts|col|fleuve|rivière|golfe|baie|détroit|cap|île|îles|vallée|plaine|plateau|forêt|canal|gare|aéroport|port|stade|palais|château|cathédrale|église|abbaye|canton|département|région|province|comté|district|arrondissement|commune|village|tour|salle|théâtre|square|passage|jardin|musée|quartier|hameau
open:Tanjung|Teluk|Pulau|Kampung|Desa|Gunung|Danau|Sungai|Selat
`;
