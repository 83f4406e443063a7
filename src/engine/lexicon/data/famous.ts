// Family names that alone name one famous person: heads of state and government, statesmen, generals, thinkers,
// writers, artists and composers, of the 17th–21st centuries, as world news and the French and English press of
// 1790–1950 name them. Hand-picked from the lists of heads of state and government and from Wikipedia's lists of
// historical figures (their usual press spellings, French forms too: "Staline", "Poutine"). Left out on purpose: names
// that are also a common word or a major place ("Bush", "Ford", "Grant", "May", "Washington", "Lincoln", "Hugo").

/** Surnames that alone name one famous person ("Staline", "Bismarck", "Merkel"), "|"-separated. */
export const FAMOUS_SURNAMES = [
  // Modern heads of state and government, ministers.
  "Poutine|Putin|Zelensky|Zelenski|Zelenskyy|Medvedev|Eltsine|Yeltsin|Gorbatchev|Gorbachev|Brejnev|Brezhnev|Khrouchtchev",
  "Khrushchev|Merkel|Scholz|Schröder|Kohl|Adenauer|Thatcher|Blair|Cameron|Sunak|Starmer|Macron|Sarkozy|Hollande|Chirac",
  "Mitterrand|Giscard|Pompidou|Mélenchon|Zemmour|Trump|Obama|Clinton|Biden|Reagan|Nixon|Kennedy|Eisenhower|Truman",
  "Roosevelt|Trudeau|Erdogan|Erdoğan|Netanyahou|Netanyahu|Nétanyahou|Arafat|Sissi|Moubarak|Mubarak|Kadhafi|Gaddafi",
  "Saddam|Khomeini|Khamenei|Assad|Mao|Deng|Modi|Nehru|Gandhi|Mandela|Mugabe|Castro|Chavez|Chávez|Maduro|Lula|Bolsonaro",
  "Pinochet|Franco|Salazar|Mussolini|Berlusconi|Meloni|Draghi|Prodi|Orban|Orbán|Tsipras|Juncker|Barroso|Kissinger",
  "Zapatero|Sánchez|Rajoy|Aznar|Rabin|Peres|Lukashenko|Loukachenko|Navalny|Milosevic|Milošević",
  "Tito|Ceausescu|Ceaușescu|Walesa|Wałęsa|Havel|Kadyrov|Lavrov|Blinken|Pelosi|Corbyn|Farage",
  // Statesmen, rulers and generals of the 18th–20th centuries.
  "Staline|Stalin|Lénine|Lenin|Trotski|Trotsky|Hitler|Goering|Göring|Goebbels|Himmler|Ribbentrop|Hindenburg|Bismarck",
  "Moltke|Metternich|Talleyrand|Richelieu|Mazarin|Colbert|Robespierre|Danton|Marat|Bonaparte|Napoléon|Napoleon",
  "Gladstone|Disraeli|Palmerston|Churchill|Chamberlain|Daladier|Pétain|Clemenceau|Poincaré|Briand|Gambetta",
  "Thiers|Mac-Mahon|MacMahon|Jaurès|Foch|Joffre|Gallieni|Lyautey|Weygand|Gamelin|Leclerc|Rommel",
  "MacArthur|Patton|Garibaldi|Cavour|Mazzini|Kossuth|Bolivar|Bolívar|Lafayette|Jefferson|Garfield|McKinley",
  "Coolidge|Mahomet|Mahomed|Atatürk|Ataturk|Nasser|Sadate|Sadat|Ben-Gourion|Kerenski|Kerensky",
  "Raspoutine|Rasputin|Blum|Herriot|Doumergue|Millerand|Déroulède|Dreyfus|Zola",
  // Thinkers, writers, artists, composers, scientists.
  "Kant|Hegel|Nietzsche|Marx|Engels|Descartes|Montaigne|Voltaire|Rousseau|Diderot|Montesquieu|Molière",
  "Corneille|Shakespeare|Goethe|Schiller|Dante|Cervantès|Cervantes|Tolstoï|Tolstoy|Dostoïevski|Dostoevsky|Balzac|Flaubert",
  "Baudelaire|Rimbaud|Verlaine|Lamartine|Chateaubriand|Proust|Sartre|Camus|Darwin|Newton|Einstein|Freud|Pasteur|Galilée",
  "Galileo|Copernic|Copernicus|Aristote|Aristotle|Platon|Plato|Socrate|Socrates|Démosthène|Cicéron|Cicero|Homère|Homer",
  "Virgile|Virgil|Beethoven|Mozart|Bach|Wagner|Verdi|Chopin|Liszt|Berlioz|Offenbach|Gounod|Bizet|Debussy|Ravel|Grétry",
  "Grieg|Smetana|Dukas|Massenet|Rossini|Puccini|Tchaïkovski|Tchaikovsky|Stravinsky|Picasso|Rembrandt|Michel-Ange",
  "Michelangelo|Raphaël|Delacroix|Rodin|Monet|Renoir|Cézanne|Méliès|Mistinguett|Chaplin|Marconi|Curie",
].join("|");
