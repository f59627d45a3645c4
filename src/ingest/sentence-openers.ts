/**
 * The letters-only words to which wink-nlp's English model gives a sentence-boundary hint:
 * capitalised words that open sentences ("However", "The"), and contractions written without
 * an apostrophe that begin with one ("Dont" → "Do" + "nt"). After an abbreviation such a word
 * tells wink a new sentence starts, so these words are never condensed away (see
 * ./wink-sentences.ts). Read from the model's lexicon; wink-sentences.test.ts checks the list
 * against the installed model.
 * @module
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'A About Above According Across Actually After Against Alas All Along Alongside Also Although ' +
    'Amid Among An Analysts And Another Any Anyway Are Arent Around As At Atop Because Before ' +
    'Behind Both But By Can Cannot Could Couldnt Couldve Despite Did Didnt Do Does Doesnt Dont ' +
    'During Each Either Even Every Except First Fold For From Having He Hello Her Here Heve His ' +
    'How However Howll Howre I IAM Iam If In Indeed Instead Is Isnt It Itll Its IVE Ive Just Last ' +
    'Later Let Like Many May Maybe Maynt Mayve Meanwhile Might Mightnt Mightve More Moreover Most ' +
    'Must Mustnt Mustve My Near Neither Nevertheless New Next No Nobody Not Notve Now Of Oh On ' +
    'Once One Only Or Other Our Outside Over Overall People Perhaps Rather Right Shall Shallnt ' +
    'She Should Shouldnt Shouldve Since So Some Someone Sometimes Sorry Source Still Such Sure ' +
    'That Thatll Thatre The Their Then There Thereare Therefore Therell These Thesere They Theyll ' +
    'Theyre Theyve This Those Thosere Though Thus Till To Today Trading Two Under Unfortunately ' +
    'Unless Unlike Until We Well Weve What Whatever Whatll Whatre Whatve When Whenever Where ' +
    'Whereas Whereby Wherein Wherere Whereve Wherever Whether Which Whichever While Who Whom ' +
    'Whose Whove Why Whyre Will With Within Would Wouldnt Wouldve Wrote Yes Yet You Youll Your ' +
    'Youre Youve'
  ).split(' '),
);
