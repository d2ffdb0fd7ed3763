/**
 * Functions that turn HTML entities back into text (`&amp;` → `&`), by the module that exports them. `[]` is the
 * module itself (a default export or `module.exports` that is the function). `_` and `he` also count as CDN globals.
 */
export const htmlDecoders: Readonly<Record<string, readonly (readonly string[])[]>> = {
  he: [['decode'], ['unescape']],
  lodash: [['unescape']],
  'lodash-es': [['unescape']],
  underscore: [['unescape']],
  'lodash/unescape': [[]],
  'lodash.unescape': [[]],
  'lodash-es/unescape': [[]],
  'html-entities': [['decode'], ['decodeEntity'], ['AllHtmlEntities', 'decode'], ['Html5Entities', 'decode'], ['Html4Entities', 'decode'], ['XmlEntities', 'decode']],
  entities: [['decode'], ['decodeHTML'], ['decodeHTML4'], ['decodeHTML5'], ['decodeHTMLStrict'], ['decodeXML']],
  'html-escaper': [['unescape']],
  unescape: [[]],
  'unescape-html': [[]],
};

/** Globals a page may load from a CDN, with the decoder under them. */
export const htmlDecoderGlobals: Readonly<Record<string, readonly (readonly string[])[]>> = {
  he: [['decode'], ['unescape']],
  _: [['unescape']],
};

/** An HTML entity in a `.replace(…)` pattern: `/&amp;|&lt;/g`, `'&quot;'`, `/&#39;/g`, `/&#x27;/g`. */
export const htmlEntityPattern = /&(?:amp|lt|gt|quot|apos|nbsp|#\d+|#x[\da-f]+);/i;
