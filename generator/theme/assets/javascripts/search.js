/* Swedish word forms in the search (tests/browser/test_search.py).
 *
 * Material's search looks every word up as a prefix of the words in the index ("bredband"
 * finds "bredbandsinfrastruktur"), but never shortens what was typed: "bredbandet", "vården"
 * or "hälsa" find only words that begin with exactly those letters, and the index has no
 * stemmer to help (a stemmed index finds even less, since prefixes are not stemmed). Before
 * a query goes to the search worker, each word is cut to its stem with the Snowball Swedish
 * stemmer (the one lunr-languages uses), so "bredbandet" looks for "bredband…" and "vården"
 * for "vård…". A hyphenated word such as "e-hälsa" is split at the hyphen by the search
 * anyway; its parts are all required, so "e" and "hälsa" are not each a query of their own.
 * Quoted phrases and words with search operators are left as typed.
 */
(function () {
  var QUERY = 2;  // Material's SearchMessageType.QUERY, the message that carries what was typed
  var VOWELS = "aeiouyäåö";
  var S_ENDING = "bcdfghjklmnoprtvy";
  var longestFirst = function (list) { return list.sort(function (a, b) { return b.length - a.length; }); };
  var MAIN_SUFFIXES = longestFirst([
    "a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste", "en", "anden",
    "aren", "heten", "ern", "ar", "er", "heter", "or", "as", "arnas", "ernas", "ornas", "es", "ades", "andes",
    "ens", "arens", "hetens", "erns", "at", "andet", "het", "ast", "s"]);
  var CONSONANT_PAIRS = ["dd", "gd", "nn", "dt", "gt", "kt", "tt"];
  var OTHER_SUFFIXES = longestFirst(["lig", "ig", "els", "löst", "fullt"]);

  // R1: the part after the first non-vowel that follows a vowel, at least three letters in.
  var regionStart = function (word) {
    if (word.length < 3) return word.length;
    var i = 0;
    while (i < word.length && VOWELS.indexOf(word[i]) < 0) i++;
    while (i < word.length && VOWELS.indexOf(word[i]) >= 0) i++;
    return i < word.length ? Math.max(i + 1, 3) : word.length;
  };

  var suffixIn = function (word, suffixes, start) {
    for (var i = 0; i < suffixes.length; i++) {
      var suffix = suffixes[i];
      if (word.length - suffix.length >= start && word.slice(-suffix.length) === suffix) return suffix;
    }
    return null;
  };

  var stem = function (word) {
    var start = regionStart(word);
    var suffix = suffixIn(word, MAIN_SUFFIXES, start);
    if (suffix === "s") {
      if (S_ENDING.indexOf(word[word.length - 2]) >= 0) word = word.slice(0, -1);
    } else if (suffix) {
      word = word.slice(0, -suffix.length);
    }
    if (suffixIn(word, CONSONANT_PAIRS, start)) word = word.slice(0, -1);
    suffix = suffixIn(word, OTHER_SUFFIXES, start);
    if (suffix === "löst" || suffix === "fullt") word = word.slice(0, -1);
    else if (suffix) word = word.slice(0, -suffix.length);
    return word;
  };

  var WORD = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
  var rewrite = function (query) {
    return query.split(/(\s+)/).map(function (part) {
      if (!WORD.test(part)) return part;
      var words = part.toLowerCase().split("-");
      if (words.length === 1) return stem(words[0]);
      return words.map(function (word, i) {
        return "+" + (i === words.length - 1 ? stem(word) + "*" : word);
      }).join(" ");
    }).join("");
  };

  window.agendaSearchStem = stem;  // for the tests, which compare it with lunr-languages' own
  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    var args = Array.prototype.slice.call(arguments);
    if (message && message.type === QUERY && typeof message.data === "string") {
      args[0] = { type: QUERY, data: rewrite(message.data) };
    }
    return post.apply(this, args);
  };
})();
