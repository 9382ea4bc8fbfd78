// The i18n subsystem's entry (src/i18n/).
// In: the language tag of a page or an article.
// Out: the page's own words in that language (this file), its text direction (lang.ts), and
//   dates and times in the site's time zone, formatted once per set of options (dates.ts).
// Called by: the layouts and components, the feeds and sitemaps, the briefs column, the
//   content checks (dates), scripts/brief.ts and the browser scripts' day labels.
/**
 * The page's own words (labels, not content) in each language an article may be written in, so a
 * French or Arabic article reads whole: byline, dates, sharing, comments, pager. Languages not in
 * the table fall back to English. Used by the article layout and its components, and by dates.ts.
 */

/** Every label an article page prints around the story. */
export interface UiStrings {
  /** Locale for dates and numbers (Moroccan Arabic month names for `ar`). */
  locale: string;
  /** Between a date and its time: `24 November 2026, 17:20`. */
  dateTimeSeparator: string;
  by: string;
  /** Between the last two authors. */
  and: string;
  /** Between other authors. */
  comma: string;
  published: string;
  updated: string;
  share: string;
  copyLink: string;
  copyHint: string;
  email: string;
  tags: string;
  comments: (count: number) => string;
  noComments: string;
  commentsClosed: string;
  addComment: string;
  moderationNote: string;
  yourName: string;
  comment: string;
  inReplyTo: string;
  newComment: string;
  send: string;
  previous: string;
  next: string;
  pager: string;
  related: string;
  correction: string;
  corrections: string;
  draft: string;
  scheduled: string;
}

const en: UiStrings = {
  locale: 'en-GB',
  dateTimeSeparator: ', ',
  by: 'By',
  and: ' and ',
  comma: ', ',
  published: 'Published',
  updated: 'Updated',
  share: 'Share this article',
  copyLink: 'Copy link',
  copyHint: 'Select the link and copy it',
  email: 'Email',
  tags: 'Tags',
  comments: (n) => `Comments (${n})`,
  noComments: 'No comments yet.',
  commentsClosed: 'Comments are moderated by our editors; new comments are not being taken on this site.',
  addComment: 'Add a comment',
  moderationNote: 'An editor reads every comment before it appears.',
  yourName: 'Your name',
  comment: 'Comment',
  inReplyTo: 'In reply to',
  newComment: 'No one: a new comment',
  send: 'Send for moderation',
  previous: 'Previous article',
  next: 'Next article',
  pager: 'Previous and next articles',
  related: 'More on this',
  correction: 'Correction',
  corrections: 'Corrections',
  draft: 'Preview: this article is a draft and will not appear on the published site.',
  scheduled: 'Preview: this article is scheduled and will not appear on the published site until its publication time.',
};

const fr: UiStrings = {
  locale: 'fr-FR',
  dateTimeSeparator: ' à ',
  by: 'Par',
  and: ' et ',
  comma: ', ',
  published: 'Publié le',
  updated: 'Mis à jour le',
  share: 'Partager cet article',
  copyLink: 'Copier le lien',
  copyHint: 'Sélectionnez le lien et copiez-le',
  email: 'E-mail',
  tags: 'Mots-clés',
  comments: (n) => `Commentaires (${n})`,
  noComments: 'Aucun commentaire pour l’instant.',
  commentsClosed: 'Les commentaires sont relus par la rédaction ; ce site n’en reçoit pas de nouveaux.',
  addComment: 'Ajouter un commentaire',
  moderationNote: 'Un membre de la rédaction lit chaque commentaire avant sa publication.',
  yourName: 'Votre nom',
  comment: 'Commentaire',
  inReplyTo: 'En réponse à',
  newComment: 'Personne : nouveau commentaire',
  send: 'Envoyer pour modération',
  previous: 'Article précédent',
  next: 'Article suivant',
  pager: 'Articles précédent et suivant',
  related: 'Sur le même sujet',
  correction: 'Rectification',
  corrections: 'Rectifications',
  draft: 'Aperçu : cet article est un brouillon et n’apparaîtra pas sur le site publié.',
  scheduled: 'Aperçu : cet article est programmé et n’apparaîtra sur le site publié qu’à son heure de publication.',
};

const ar: UiStrings = {
  locale: 'ar-MA',
  dateTimeSeparator: '، ',
  by: 'بقلم',
  and: ' و',
  comma: '، ',
  published: 'نُشر في',
  updated: 'حُدّث في',
  share: 'شارك هذا المقال',
  copyLink: 'نسخ الرابط',
  copyHint: 'حدّد الرابط وانسخه',
  email: 'البريد الإلكتروني',
  tags: 'الوسوم',
  comments: (n) => `التعليقات (${n})`,
  noComments: 'لا توجد تعليقات بعد.',
  commentsClosed: 'يراجع محررونا التعليقات؛ لا يستقبل هذا الموقع تعليقات جديدة.',
  addComment: 'أضف تعليقاً',
  moderationNote: 'يقرأ أحد المحررين كل تعليق قبل نشره.',
  yourName: 'اسمك',
  comment: 'التعليق',
  inReplyTo: 'رداً على',
  newComment: 'لا أحد: تعليق جديد',
  send: 'أرسل للمراجعة',
  previous: 'المقال السابق',
  next: 'المقال التالي',
  pager: 'المقال السابق والمقال التالي',
  related: 'في الموضوع نفسه',
  correction: 'تصحيح',
  corrections: 'تصحيحات',
  draft: 'معاينة: هذا المقال مسودة ولن يظهر على الموقع المنشور.',
  scheduled: 'معاينة: هذا المقال مجدول ولن يظهر على الموقع المنشور قبل موعد نشره.',
};

const TABLE: Readonly<Record<string, UiStrings>> = { en, fr, ar };

/** The labels for a BCP 47 tag, by its primary language (`ar-MA` → `ar`); English when there is no table. */
export function uiStrings(lang: string): UiStrings {
  return TABLE[lang.toLowerCase().split('-')[0] ?? ''] ?? en;
}

/** True when the page's labels can be given in `lang` (else they are English). */
export function hasUiStrings(lang: string): boolean {
  return (lang.toLowerCase().split('-')[0] ?? '') in TABLE;
}

/** A language's own name for itself, e.g. `العربية` for `ar`, `français` for `fr`: the mark on cards. */
export function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang.split('-')[0] ?? lang);
    return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
  } catch {
    return lang;
  }
}

/**
 * A section's name for a page or card in `lang`: its translation for that tag (`ar-MA`), else for
 * its primary language (`ar`), else the site's own `name`. `lang` is the language the name is in:
 * the one asked for, or `siteLang` when there was no translation (so the label can say so).
 */
export function sectionName(
  category: { name: string; names: Readonly<Record<string, string>> },
  lang: string,
  siteLang: string,
): { name: string; lang: string } {
  const tag = lang.toLowerCase();
  const name = category.names[tag] ?? category.names[tag.split('-')[0] ?? ''];
  return name === undefined ? { name: category.name, lang: siteLang } : { name, lang };
}
