/** Common given names in French, Spanish, Portuguese and German news, with their usual gender. */
import type { Gender } from './pack.ts';

const MALE = `Jean Pierre Michel Philippe Alain Nicolas François Patrick Christophe Laurent Olivier Éric Eric Stéphane
Julien Gérard Henri Guillaume Maxime Romain Yann Thomas Sébastien Frédéric Bruno Gérald Emmanuel Jacques Bernard Didier Yves Marc Luc Paul Antoine Hugo
Mathieu Vincent Xavier Thierry Gabriel Louis Arnaud Benoît Rémi Raphaël Hervé Gilles Édouard Fabien Cédric
José Juan Antonio Manuel Francisco Pedro Jesús Carlos Miguel Luis Javier Alejandro Rafael Fernando Pablo Sergio
Jorge Alberto Andrés Diego Álvaro Iñigo Íñigo Santiago Gonzalo Ramón Enrique Alfonso Emiliano Mauricio Gustavo
João Paulo Lucas Gabriel Mateus Rodrigo Felipe Ricardo Marcelo Eduardo Fábio Fabio Márcio André Luiz Renato
Sérgio Roberto Tiago Thiago Bruno Vinícius Abel Fernando Leonardo Guilherme Caio Henrique Otávio Flávio
Friedrich Olaf Markus Michael Andreas Thomas Stefan Christian Klaus Wolfgang Jürgen Peter Frank Hans Karl Lars
Robert Boris Christoph Matthias Tobias Jan Sebastian Alexander Martin Uwe Dieter Helmut Joachim Florian Felix
Jonas Lukas Maximilian Malte Detlef Volker Dennis Kevin Urs Ralf Reto Beat Hubertus Norbert Horst Rolf Armin Hendrik Julian Timo Bernd`;

const FEMALE = `Marie Anne Isabelle Catherine Sophie Nathalie Sylvie Valérie Christine Élisabeth Elisabeth Claire Julie
Camille Léa Chloé Emma Manon Aurore Agnès Ségolène Marine Rachida Élise Hélène Florence Laure Cécile Amélie
Mathilde Juliette Charlotte Pauline Caroline Véronique Brigitte Delphine Sandrine Karine Clémence
María Carmen Ana Isabel Dolores Pilar Teresa Laura Cristina Marta Lucía Elena Sara Paula Raquel Rosa Beatriz
Yolanda Irene Patricia Nuria Inés Alicia Silvia Mercedes Montserrat Begoña Ainhoa Ángela Victoria Sonia
Maria Ana Francisca Antônia Adriana Juliana Márcia Fernanda Patrícia Aline Sandra Camila Amanda Bruna Letícia
Simone Tatiana Luciana Gleisi Marina Dilma Renata Vanessa Gabriela Larissa Beatriz Débora Carla Rita
Angela Ursula Annalena Sabine Petra Claudia Andrea Susanne Nicole Stefanie Katrin Julia Anna Franziska Svenja
Manuela Christiane Karin Monika Renate Birgit Heike Lena Sarah Johanna Melanie Gabriele Katharina Karin Nancy Saskia Ricarda Greta Hannah Ines`;

/** Given name → usual gender; a name in both lists (Andrea, Nicola) is left out as telling nothing. */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = (() => {
  const male = new Set(MALE.split(/\s+/));
  const female = new Set(FEMALE.split(/\s+/));
  const map = new Map<string, Gender>();
  for (const n of male) if (!female.has(n)) map.set(n, 'male');
  for (const n of female) if (!male.has(n)) map.set(n, 'female');
  return map;
})();

/** The gender a given name tells, compound ones ("Jean-Luc", "María José") by their first part. */
export function genderOfGivenName(name: string): Gender | null {
  return GIVEN_NAME_GENDER.get(name) ?? GIVEN_NAME_GENDER.get(name.split('-')[0]!) ?? null;
}
