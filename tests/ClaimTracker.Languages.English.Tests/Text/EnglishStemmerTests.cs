using ClaimTracker.Languages.English.Text;

namespace ClaimTracker.Languages.English.Tests.Text;

/// <summary>
/// Porter2 test pairs from the published Snowball English sample vocabulary and its output
/// (snowballstem.org, snowball-data/english/voc.txt and output.txt), plus the exceptional forms of the algorithm.
/// </summary>
public class EnglishStemmerTests
{
    public static TheoryData<string, string> PublishedPairs => new()
    {
        // Exceptional forms (exception1).
        { "skis", "ski" }, { "skies", "sky" }, { "dying", "die" }, { "lying", "lie" }, { "tying", "tie" },
        { "idly", "idl" }, { "gently", "gentl" }, { "ugly", "ugli" }, { "early", "earli" }, { "only", "onli" },
        { "singly", "singl" }, { "sky", "sky" }, { "news", "news" }, { "howe", "howe" }, { "atlas", "atlas" },
        { "cosmos", "cosmos" }, { "bias", "bias" }, { "andes", "andes" },

        // Invariant after step 1a (exception2).
        { "inning", "inning" }, { "outing", "outing" }, { "canning", "canning" }, { "herring", "herring" },
        { "earring", "earring" }, { "proceed", "proceed" }, { "exceed", "exceed" }, { "succeed", "succeed" },

        // Sample vocabulary.
        { "abandoned", "abandon" },
        { "abandonment", "abandon" },
        { "abasement", "abas" },
        { "abate", "abat" },
        { "abbreviation", "abbrevi" },
        { "abdicate", "abdic" },
        { "abdominal", "abdomin" },
        { "abed", "abe" },
        { "aberration", "aberr" },
        { "abeyance", "abey" },
        { "abhorred", "abhor" },
        { "abhorrence", "abhorr" },
        { "abilities", "abil" },
        { "ability", "abil" },
        { "abimee", "abime" },
        { "abipones", "abipon" },
        { "abjectly", "abject" },
        { "abjectness", "abject" },
        { "able", "abl" },
        { "ablutions", "ablut" },
        { "abnegation", "abneg" },
        { "abnormality", "abnorm" },
        { "abnormally", "abnorm" },
        { "abode", "abod" },
        { "abolition", "abolit" },
        { "abominable", "abomin" },
        { "abominably", "abomin" },
        { "aboriginal", "aborigin" },
        { "aboriginally", "aborigin" },
        { "aborigines", "aborigin" },
        { "abortive", "abort" },
        { "above", "abov" },
        { "abridge", "abridg" },
        { "abrolhos", "abrolho" },
        { "abruptness", "abrupt" },
        { "abscess", "abscess" },
        { "absence", "absenc" },
        { "absolutely", "absolut" },
        { "absorbent", "absorb" },
        { "absorption", "absorpt" },
        { "abstinence", "abstin" },
        { "abstractedly", "abstract" },
        { "absurdities", "absurd" },
        { "abundance", "abund" },
        { "abundantly", "abund" },
        { "abysses", "abyss" },
        { "academy", "academi" },
        { "acacias", "acacia" },
        { "accede", "acced" },
        { "accelerate", "acceler" },
        { "acceptance", "accept" },
        { "acceptation", "accept" },
        { "accessories", "accessori" },
        { "accidental", "accident" },
        { "accidents", "accid" },
        { "acclamations", "acclam" },
        { "acclivity", "accliv" },
        { "accommodation", "accommod" },
        { "accompanied", "accompani" },
        { "accompaniment", "accompani" },
        { "accompanying", "accompani" },
        { "accomplishments", "accomplish" },
        { "accordingly", "accord" },
        { "accountabilities", "account" },
        { "accountability", "account" },
        { "accoutrements", "accoutr" },
        { "accumulations", "accumul" },
        { "accuracy", "accuraci" },
        { "accurately", "accur" },
        { "accursed", "accurs" },
        { "aces", "ace" },
        { "achilles", "achill" },
        { "aching", "ach" },
        { "acknowledgement", "acknowledg" },
        { "acquiescence", "acquiesc" },
        { "acquirement", "acquir" },
        { "acquisition", "acquisit" },
        { "acquittal", "acquitt" },
        { "acquitted", "acquit" },
        { "acres", "acr" },
        { "acrimoniously", "acrimoni" },
        { "actively", "activ" },
        { "activity", "activ" },
        { "actresses", "actress" },
        { "actuality", "actual" },
        { "actually", "actual" },
        { "actuated", "actuat" },
        { "acuteness", "acut" },
        { "acuter", "acut" },
        { "adages", "adag" },
        { "adamant", "adam" },
        { "adaptability", "adapt" },
        { "adas", "ada" },
        { "added", "ad" },
        { "adding", "ad" },
        { "additionally", "addit" },
        { "addled", "addl" },
        { "adequate", "adequ" },
        { "adhesive", "adhes" },
        { "adios", "adio" },
        { "administration", "administr" },
        { "admiralty", "admiralti" },
        { "admiringly", "admir" },
        { "admittance", "admitt" },
        { "admonitory", "admonitori" },
        { "adorations", "ador" },
        { "adrianople", "adrianopl" },
        { "adulatory", "adulatori" },
        { "adultery", "adulteri" },
        { "advantageously", "advantag" },
        { "consign", "consign" },
        { "consigned", "consign" },
        { "consigning", "consign" },
        { "consignment", "consign" },
        { "consisted", "consist" },
        { "consistency", "consist" },
        { "consistent", "consist" },
        { "consistently", "consist" },
        { "consisting", "consist" },
        { "consolation", "consol" },
        { "consolatory", "consolatori" },
        { "consoled", "consol" },
        { "consolidate", "consolid" },
        { "consolidating", "consolid" },
        { "consolingly", "consol" },
        { "consonant", "conson" },
        { "conspicuously", "conspicu" },
        { "conspiracy", "conspiraci" },
        { "conspirators", "conspir" },
        { "constables", "constabl" },
        { "constancy", "constanc" },
        { "knackeries", "knackeri" },
        { "kneaded", "knead" },
        { "kneeling", "kneel" },
        { "knees", "knee" },
        { "knightly", "knight" },
        { "knitting", "knit" },
        { "knives", "knive" },
        { "knocker", "knocker" },
        { "generously", "generous" },
        { "generate", "generat" },
        { "communism", "communism" },
        { "arsenal", "arsenal" },
        { "caresses", "caress" },
        { "ties", "tie" },
        { "cries", "cri" },
        { "gaps", "gap" },
        { "gas", "gas" },
        { "kiwis", "kiwi" },
        { "agreed", "agre" },
        { "feed", "feed" },
        { "hopping", "hop" },
        { "hoped", "hope" },
        { "sized", "size" },
        { "plastered", "plaster" }
    };

    [Theory]
    [MemberData(nameof(PublishedPairs))]
    public void Stem_PublishedVocabulary_MatchesPublishedOutput(string word, string expected) =>
        EnglishStemmer.Instance.Stem(word).Should().Be(expected);

    [Theory]
    [InlineData("", "")]
    [InlineData("a", "a")]
    [InlineData("is", "is")]
    public void Stem_TwoLettersOrLess_Unchanged(string word, string expected) =>
        EnglishStemmer.Instance.Stem(word).Should().Be(expected);

    [Theory]
    [InlineData("minister's", "minist")]
    [InlineData("ministers'", "minist")]
    [InlineData("'tis", "tis")]
    public void Stem_ApostrophesAndPossessives_Removed(string word, string expected) =>
        EnglishStemmer.Instance.Stem(word).Should().Be(expected);

    [Theory]
    [InlineData("youth", "youth")]
    [InlineData("saying", "say")]
    [InlineData("enjoyed", "enjoy")]
    public void Stem_ConsonantY_KeptAsY(string word, string expected) =>
        EnglishStemmer.Instance.Stem(word).Should().Be(expected);

    [Fact]
    public void Stem_Null_Throws() =>
        FluentActions.Invoking(() => EnglishStemmer.Instance.Stem(null!)).Should().Throw<ArgumentNullException>().WithParameterName("word");
}
