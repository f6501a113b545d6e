// Spanish articles written for these tests (estilo de agencia, invented wording).
import type { TestArticle } from './en.js';

export const ES: TestArticle[] = [
  {
    id: 'es-gaza',
    lang: 'es',
    published: '2024-10-06',
    text: `Al menos 24 muertos en un bombardeo israelí contra una mezquita en Gaza

Al menos 24 personas murieron y otras 93 resultaron heridas este domingo en un bombardeo israelí contra una mezquita que servía de refugio a desplazados en Deir al Balah, según informó la Defensa Civil de Gaza.

Entre los fallecidos hay al menos cinco niños, precisó el portavoz del organismo, Mahmud Basal.

El Ejército israelí aseguró que en el edificio operaba un centro de mando de Hamás y que había abatido a 12 milicianos.

Desde el inicio de la guerra, hace un año, el número de muertos en la Franja asciende a 41.870, según el Ministerio de Sanidad gazatí, controlado por Hamás.`,
    gold: [
      'killed 24 at_least people | Gaza Civil Defence | event',
      'injured 93 exact people | Gaza Civil Defence | event',
      'killed 5 at_least children | Gaza Civil Defence | event',
      'killed 12 exact combatants | Israeli military (IDF) | event',
      'killed 41870 exact people | Gaza Health Ministry | background',
    ],
  },
  {
    id: 'es-colombia',
    lang: 'es',
    published: '2025-01-20',
    text: `Los combates en el Catatumbo dejan al menos 80 muertos y 11.000 desplazados

Los enfrentamientos entre la guerrilla del ELN y disidencias de las FARC en la región colombiana del Catatumbo han dejado al menos 80 muertos y unos 11.000 desplazados desde el jueves, según el gobernador de Norte de Santander, William Villamizar.

La Defensoría del Pueblo informó de que 20 personas, entre ellas cinco firmantes del acuerdo de paz, fueron secuestradas por los guerrilleros.

El Ejército anunció el despliegue de 5.000 soldados en la zona y el presidente Gustavo Petro suspendió los diálogos de paz con el ELN.`,
    gold: [
      'killed 80 at_least people | Norte de Santander governor (William Villamizar) | event',
      'displaced 11000 about people | Norte de Santander governor (William Villamizar) | event',
      'detained 20 exact people | Defensoría del Pueblo | event',
      'detained 5 exact people | Defensoría del Pueblo | event',
    ],
  },
  {
    id: 'es-ucrania',
    lang: 'es',
    published: '2024-11-18',
    text: `Un ataque ruso con misiles deja diez muertos en Sumy

Un ataque con misiles contra un edificio residencial de la ciudad ucraniana de Sumy causó la muerte de diez personas, entre ellas dos niños, y heridas a otras 56, informaron las autoridades regionales.

El domingo, un bombardeo masivo contra la infraestructura energética ucraniana se saldó con al menos siete muertos, según el Ministerio del Interior.

La misión de la ONU de vigilancia de los derechos humanos calcula que más de 12.000 civiles han muerto en Ucrania desde el inicio de la invasión rusa en febrero de 2022.`,
    gold: [
      'killed 10 exact people | Sumy regional authorities | event',
      'killed 2 exact children | Sumy regional authorities | event',
      'injured 56 exact people | Sumy regional authorities | event',
      'killed 7 at_least people | Ukrainian Interior Ministry | event',
      'killed 12000 more_than civilians | UN Human Rights Monitoring Mission in Ukraine (HRMMU) | background',
    ],
  },
];
