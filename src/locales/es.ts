// Spanish interface strings: one table per component, so a bundle keeps only the tables of the parts
// it renders. Addresses the reader as "tú"; messages about the subscription name the address
// or the subscription, never the reader, so no adjective needs a gender.
import type { BodyStrings, FaqStrings, NavStrings, NewsletterStrings } from '../provider/strings';

export const body: BodyStrings = {
  dateLocale: 'es-ES',
  bylineAuthor: 'Por {author}',
  publishedOn: 'Publicado el',
  readingTime: '{minutes} min de lectura',
  updatedOn: 'Actualizado el',
  tocTitle: 'Índice',
  skipNewsletter: 'Saltar la suscripción al boletín',
  embedLoad: 'Cargar contenido de {provider}',
  embedNotice: 'Al cargarlo se envían datos a {provider}, como tu dirección IP, y se pueden guardar cookies.',
  embedOpen: 'Ver en {provider}',
  calloutNote: 'Nota',
  calloutWarning: 'Atención',
  breadcrumbLabel: 'Ruta de navegación',
};

export const faq: FaqStrings = {
  faqTitle: 'Preguntas frecuentes',
};

export const newsletter: NewsletterStrings = {
  newsletterEmailLabel: 'Correo electrónico',
  newsletterEmailPlaceholder: 'nombre@ejemplo.es',
  newsletterSubmit: 'Suscribirme',
  newsletterSubmitting: 'Suscribiendo…',
  newsletterSuccess: '¡Gracias! Tu suscripción está activa.',
  newsletterAlreadySubscribed: 'Esta dirección ya está suscrita.',
  newsletterPending: 'Hemos enviado un enlace de confirmación a {email}.',
  newsletterChangeEmail: 'Cambiar dirección',
  newsletterErrorEmpty: 'Introduce tu dirección de correo electrónico',
  newsletterErrorFormat: 'Introduce una dirección de correo con el formato correcto, por ejemplo nombre@ejemplo.es',
  newsletterErrorTooLong: 'La dirección de correo no puede tener más de 254 caracteres',
  newsletterTypoHint: '¿Quisiste decir {suggestion}?',
  newsletterTypoAccept: 'Usar {suggestion}',
  newsletterConsentLabel: 'Quiero recibir el boletín por correo electrónico.',
  newsletterErrorConsent: 'Confirma que quieres recibir el boletín',
  newsletterErrorGeneric: 'Algo ha fallado. Inténtalo de nuevo.',
  newsletterErrorServer: 'El servicio no responde. Inténtalo más tarde.',
  newsletterErrorTimeout: 'Ha tardado demasiado. Inténtalo de nuevo.',
  newsletterErrorOffline: 'Parece que no tienes conexión. Comprueba tu red.',
  newsletterErrorRateLimited: 'Demasiados intentos. Inténtalo de nuevo dentro de un minuto.',
  newsletterErrorPrefix: 'Error:',
  newsletterPrivacyNote: 'Respetamos tu privacidad. Puedes darte de baja cuando quieras.',
};

export const nav: NavStrings = {
  navLabel: 'Más artículos',
  navPrevious: 'Anterior',
  navNext: 'Siguiente',
};
