// Hand-written nationality and regional adjectives that world-countries lacks
// (continents, peoples, regions, cities). Same format as the generated table:
// one line per group, "CC:form|form..." ("--" for no single country).
// French forms are listed in lower case; the loader adds the capitalised
// noun ("les Kurdes"). English forms are capitalised as written.

export const EXTRA_DEMONYMS = `
--:européen|européenne|européens|européennes|European|Europeans|africain|africaine|africains|africaines|African|Africans|asiatique|asiatiques|Asian|Asians|arabe|arabes|Arab|Arabs|Arabic|occidental|occidentale|occidentaux|occidentales|Western|Westerners|sud-américain|sud-américaine|sud-américains|sud-américaines|South American|latino-américain|latino-américaine|latino-américains|latino-américaines|Latin American|nord-américain|nord-américaine|nord-américains|nord-américaines|North American|maghrébin|maghrébine|maghrébins|maghrébines|proche-oriental|moyen-oriental|Middle Eastern|sahélien|sahélienne|sahéliens|sahéliennes|balkanique|caucasien|caucasienne
--:kurde|kurdes|Kurd|Kurds|Kurdish|perse|perses|Persian|Persians|basque|basques|Basque|Basques|catalan|catalane|catalans|catalanes|Catalan|Catalans|flamand|flamande|flamands|flamandes|Flemish|wallon|wallonne|wallons|wallonnes|Walloon|tamoul|tamoule|tamouls|Tamil|Tamils|ouïghour|ouïghoure|ouïghours|ouïghoures|Uyghur|Uyghurs|Uighur|Uighurs|tibétain|tibétaine|tibétains|tibétaines|Tibetan|Tibetans|rohingya|rohingyas|Rohingya|pachtoune|pachtounes|Pashtun|Pashtuns|chiite|chiites|Shia|Shiite|Shiites|sunnite|sunnites|Sunni|Sunnis|druze|druzes|Druze|alaouite|alaouites|Alawite|Alawites|yazidi|yazidis|Yazidi|Yazidis|touareg|touaregs|Tuareg|Tuaregs|peul|peule|peuls|peules|Fulani|hutu|hutus|Hutu|Hutus|tutsi|tutsis|Tutsi|Tutsis
GB:anglais|anglaise|English|écossais|écossaise|écossaises|Scottish|Scots|gallois|galloise|galloises|Welsh|britannique|britanniques|British|Briton|Britons|nord-irlandais|nord-irlandaise|Northern Irish
CA:québécois|québécoise|québécoises|Quebecer|Quebecers|Quebecois|ontarien|ontarienne|ontariens|ontariennes|Ontarian|Ontarians|albertain|albertaine|Albertan|Albertans|acadien|acadienne|acadiens|acadiennes|Acadian
US:texan|texane|texans|texanes|Texan|Texans|californien|californienne|californiens|californiennes|Californian|Californians|new-yorkais|new-yorkaise|New Yorker|New Yorkers
FR:parisien|parisienne|parisiens|parisiennes|Parisian|Parisians|corse|corses|Corsican|breton|bretonne|bretons|bretonnes|Breton|marseillais|marseillaise|lyonnais|lyonnaise|alsacien|alsacienne|ultramarin|ultramarine|ultramarins|ultramarines
PS:gazaoui|gazaouie|gazaouis|gazaouies|Gazan|Gazans|cisjordanien|cisjordanienne
CN:pékinois|pékinoise|hongkongais|hongkongaise|Hongkonger|Hongkongers|taïwanais|taïwanaise|Taiwanese
RU:soviétique|soviétiques|Soviet|Soviets|moscovite|moscovites|Muscovite|Muscovites|tchétchène|tchétchènes|Chechen|Chechens
IR:téhéranais|téhéranaise
`;
