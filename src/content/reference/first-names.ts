// Common first names in the Netherlands, to recognise a likely personal name
// ("Ahmed Benali belde drie keer") in free text that must hold none, such as
// a knelpunt. Compiled by hand from names that are common across generations
// and backgrounds in the Netherlands (Dutch, Frisian, Moroccan, Turkish,
// Surinamese, Antillean, Indonesian, Polish, Syrian, Eritrean and others).
// Names that are also everyday Dutch words (Hoop, Wil, Roos, Mees, Bas...)
// (and Ben, Can) are left out on purpose: they would refuse ordinary sentences.
export const commonFirstNames: readonly string[] = [
  // Dutch and Frisian, women
  'Anna', 'Anne', 'Annemarie', 'Annie', 'Anouk', 'Astrid', 'Bep', 'Bianca', 'Bregje', 'Carla', 'Caroline', 'Charlotte', 'Chantal',
  'Cornelia', 'Corrie', 'Daniëlle', 'Danielle', 'Demi', 'Diana', 'Dineke', 'Dominique', 'Elisabeth', 'Els', 'Emma', 'Esther', 'Eva',
  'Evelien', 'Femke', 'Fenna', 'Fleur', 'Floor', 'Froukje', 'Geertje', 'Gerda', 'Greet', 'Hanna', 'Hannah', 'Hendrika', 'Hilde',
  'Ilse', 'Ingrid', 'Inge', 'Iris', 'Janneke', 'Jannie', 'Jantine', 'Jolanda', 'Josephine', 'Julia', 'Karin', 'Kim', 'Laura', 'Lieke',
  'Linda', 'Lisa', 'Lotte', 'Maaike', 'Manon', 'Margreet', 'Maria', 'Marieke', 'Marjolein', 'Marloes', 'Marleen', 'Marianne',
  'Martine', 'Mieke', 'Miriam', 'Mirjam', 'Monique', 'Naomi', 'Nicole', 'Nienke', 'Noor', 'Nora', 'Petra', 'Priscilla', 'Renate',
  'Rianne', 'Rika', 'Riet', 'Saskia', 'Sandra', 'Sanne', 'Sara', 'Sarah', 'Simone', 'Sophie', 'Suzanne', 'Sylvia', 'Tessa', 'Tineke',
  'Trijntje', 'Truus', 'Wendy', 'Willemijn', 'Wilma', 'Yvonne', 'Zoë', 'Marit', 'Julie', 'Sofie', 'Lynn', 'Yara', 'Nina', 'Lara',
  // Dutch and Frisian, men
  'Adriaan', 'Albert', 'Alexander', 'Anton', 'Arie', 'Arjan', 'Arjen', 'Bart', 'Bastiaan', 'Bert', 'Bob', 'Bram', 'Cees',
  'Chris', 'Christiaan', 'Daan', 'Dennis', 'Dirk', 'Erik', 'Evert', 'Frank', 'Frans', 'Freek', 'Gerard', 'Gerrit', 'Gert', 'Hans',
  'Harm', 'Hendrik', 'Henk', 'Herman', 'Hugo', 'Jaap', 'Jacob', 'Jan', 'Jannes', 'Jasper', 'Jeroen', 'Jesse', 'Joost', 'Johan',
  'Johannes', 'Jop', 'Joris', 'Jos', 'Kees', 'Klaas', 'Koen', 'Lars', 'Lucas', 'Luuk', 'Maarten', 'Marcel', 'Marco', 'Mark', 'Martijn',
  'Martin', 'Mats', 'Max', 'Michiel', 'Milan', 'Niels', 'Nick', 'Paul', 'Peter', 'Piet', 'Pieter', 'Remco', 'Richard', 'Rik', 'Rob',
  'Robert', 'Roel', 'Ruben', 'Rutger', 'Sander', 'Sem', 'Sietse', 'Sjoerd', 'Stefan', 'Sven', 'Teun', 'Thijs', 'Thomas', 'Tim',
  'Tom', 'Ton', 'Vincent', 'Wim', 'Willem', 'Wouter', 'Wytze', 'Youri', 'Gijs', 'Stijn', 'Finn', 'Noah', 'Levi', 'Jurre', 'Tijn',
  // Moroccan, Turkish, Arabic, Kurdish, Somali, Afghan
  'Ahmed', 'Ahmet', 'Aisha', 'Aysel', 'Ayse', 'Ayşe', 'Abdel', 'Abdelkader', 'Abdullah', 'Ali', 'Amina', 'Anas', 'Ayoub', 'Bilal',
  'Burak', 'Elif', 'Emine', 'Emre', 'Fadoua', 'Fatima', 'Fatma', 'Hakan', 'Hamza', 'Hanan', 'Hassan', 'Hatice', 'Hüseyin',
  'Ibrahim', 'Ilias', 'Imane', 'Karim', 'Khadija', 'Latifa', 'Layla', 'Malika', 'Mehmet', 'Meryem', 'Mohamed', 'Mohammed',
  'Mustafa', 'Nadia', 'Naima', 'Nour', 'Omar', 'Osman', 'Rachid', 'Said', 'Samira', 'Selin', 'Sevda', 'Soufiane', 'Yasmina',
  'Yasmine', 'Yusuf', 'Youssef', 'Zeynep', 'Zakaria', 'Zineb', 'Hussein', 'Khalid', 'Mahmoud', 'Rania', 'Reza', 'Farid', 'Ahmad',
  'Abdi', 'Hodan', 'Farah', 'Mariam', 'Tarik', 'Rahma', 'Noura',
  // Surinamese, Antillean, Hindustani, Indonesian, Moluccan
  'Anjali', 'Ashwin', 'Dewi', 'Glenn', 'Kishan', 'Priya', 'Ravi', 'Rajesh', 'Shanti', 'Sunita', 'Vikash', 'Wiranto', 'Jurgen',
  'Gregory', 'Shirley', 'Marvin', 'Rachel', 'Romano', 'Sharon', 'Dewie', 'Ratna', 'Wayan',
  // Polish, Syrian, Eritrean, Ukrainian and other recent arrivals
  'Agnieszka', 'Anna-Maria', 'Katarzyna', 'Krzysztof', 'Marta', 'Piotr', 'Tomasz', 'Magdalena', 'Olena', 'Oksana', 'Olga', 'Dmytro',
  'Andrii', 'Natalia', 'Tatiana', 'Semhar', 'Yonas', 'Tesfay', 'Abraham', 'Senait', 'Dawit', 'Mehari', 'Lamis', 'Rami',
];
