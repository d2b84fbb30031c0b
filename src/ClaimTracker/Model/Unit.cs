using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace ClaimTracker.Model;

/// <summary>
/// A unit of measure: a stable <see cref="Id"/>, the <see cref="Dimension"/> it measures and its factor to the
/// dimension's base unit (kilogram, metre, metre per second, second, percentage point).
/// </summary>
/// <remarks>
/// <para>
/// Units are either well known (static members such as <see cref="MetricTon"/>, <see cref="Year"/>,
/// <see cref="KilometresPerHour"/>), a count of a noun (<see cref="Count(string)"/>, id <c>count:&lt;noun&gt;</c>) or an
/// amount of a currency (<see cref="Currency(string)"/>, id <c>currency:&lt;ISO 4217 code&gt;</c>). Every unit round-trips
/// through its id with <see cref="FromId(string)"/>.
/// </para>
/// <para>
/// Equality is by value: two units are equal when their ids are equal (ordinal). The id determines every
/// other member. There is no ordering. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(ClaimTracker.Serialization.UnitJsonConverter))]
public sealed class Unit : IEquatable<Unit>
{
    private const string CountPrefix = "count:";
    private const string CurrencyPrefix = "currency:";
    private const string CurrencyAnyPrefix = "currency-any:";

    private const double SecondsPerDay = 86_400d;
    private const double SecondsPerYear = 365.2425d * SecondsPerDay;

    private Unit(string id, Dimension dimension, double factorToBase, string symbol, string? countedNoun = null, string? currencyCode = null,
        double offsetToBase = 0d, IReadOnlyList<string>? currencyCandidates = null)
    {
        Id = id;
        Dimension = dimension;
        FactorToBase = factorToBase;
        OffsetToBase = offsetToBase;
        Symbol = symbol;
        CountedNoun = countedNoun;
        CurrencyCode = currencyCode;
        CurrencyCandidates = currencyCandidates ?? (currencyCode is null ? [] : [currencyCode]);
    }

    /// <summary>No unit: a pure number (id <c>none</c>).</summary>
    public static Unit None { get; } = new("none", Dimension.Dimensionless, 1d, string.Empty);

    /// <summary>Percent (id <c>percent</c>); the base unit of <see cref="Dimension.Percent"/>.</summary>
    public static Unit Percent { get; } = new("percent", Dimension.Percent, 1d, "%");

    /// <summary>Second (id <c>second</c>); the base unit of <see cref="Dimension.Duration"/>.</summary>
    public static Unit Second { get; } = new("second", Dimension.Duration, 1d, "second");

    /// <summary>Minute (id <c>minute</c>), 60 seconds.</summary>
    public static Unit Minute { get; } = new("minute", Dimension.Duration, 60d, "minute");

    /// <summary>Hour (id <c>hour</c>), 3600 seconds.</summary>
    public static Unit Hour { get; } = new("hour", Dimension.Duration, 3_600d, "hour");

    /// <summary>Day (id <c>day</c>), 86 400 seconds.</summary>
    public static Unit Day { get; } = new("day", Dimension.Duration, SecondsPerDay, "day");

    /// <summary>Week (id <c>week</c>), 7 days.</summary>
    public static Unit Week { get; } = new("week", Dimension.Duration, 7d * SecondsPerDay, "week");

    /// <summary>Month (id <c>month</c>): the mean Gregorian month, 30.436875 days.</summary>
    public static Unit Month { get; } = new("month", Dimension.Duration, SecondsPerYear / 12d, "month");

    /// <summary>Year (id <c>year</c>): the mean Gregorian year, 365.2425 days.</summary>
    public static Unit Year { get; } = new("year", Dimension.Duration, SecondsPerYear, "year");

    /// <summary>Decade (id <c>decade</c>), 10 years.</summary>
    public static Unit Decade { get; } = new("decade", Dimension.Duration, 10d * SecondsPerYear, "decade");

    /// <summary>Century (id <c>century</c>), 100 years.</summary>
    public static Unit Century { get; } = new("century", Dimension.Duration, 100d * SecondsPerYear, "century");

    /// <summary>Gram (id <c>gram</c>), 0.001 kilogram.</summary>
    public static Unit Gram { get; } = new("gram", Dimension.Mass, 0.001d, "g");

    /// <summary>Kilogram (id <c>kilogram</c>); the base unit of <see cref="Dimension.Mass"/>.</summary>
    public static Unit Kilogram { get; } = new("kilogram", Dimension.Mass, 1d, "kg");

    /// <summary>Metric ton, tonne (id <c>metric-ton</c>), 1000 kilograms. A bare "ton" means this unit.</summary>
    public static Unit MetricTon { get; } = new("metric-ton", Dimension.Mass, 1_000d, "metric ton");

    /// <summary>US short ton (id <c>short-ton</c>), 2000 pounds = 907.18474 kilograms.</summary>
    public static Unit ShortTon { get; } = new("short-ton", Dimension.Mass, 907.18474d, "short ton");

    /// <summary>Imperial long ton (id <c>long-ton</c>), 2240 pounds = 1016.0469088 kilograms.</summary>
    public static Unit LongTon { get; } = new("long-ton", Dimension.Mass, 1016.0469088d, "long ton");

    /// <summary>Metre (id <c>metre</c>); the base unit of <see cref="Dimension.Length"/>.</summary>
    public static Unit Metre { get; } = new("metre", Dimension.Length, 1d, "m");

    /// <summary>Kilometre (id <c>kilometre</c>), 1000 metres.</summary>
    public static Unit Kilometre { get; } = new("kilometre", Dimension.Length, 1_000d, "km");

    /// <summary>International mile (id <c>mile</c>), 1609.344 metres.</summary>
    public static Unit Mile { get; } = new("mile", Dimension.Length, 1_609.344d, "mile");

    /// <summary>Metre per second (id <c>m/s</c>); the base unit of <see cref="Dimension.Speed"/>.</summary>
    public static Unit MetresPerSecond { get; } = new("m/s", Dimension.Speed, 1d, "m/s");

    /// <summary>Kilometre per hour (id <c>km/h</c>).</summary>
    public static Unit KilometresPerHour { get; } = new("km/h", Dimension.Speed, 1_000d / 3_600d, "km/h");

    /// <summary>Mile per hour (id <c>mph</c>).</summary>
    public static Unit MilesPerHour { get; } = new("mph", Dimension.Speed, 1_609.344d / 3_600d, "mph");

    /// <summary>Milligram (id <c>milligram</c>), 0.000001 kilogram.</summary>
    public static Unit Milligram { get; } = new("milligram", Dimension.Mass, 1e-6d, "mg");

    /// <summary>Avoirdupois ounce (id <c>ounce</c>), 28.349523125 grams.</summary>
    public static Unit Ounce { get; } = new("ounce", Dimension.Mass, 0.028349523125d, "oz");

    /// <summary>Troy ounce (id <c>troy-ounce</c>), 31.1034768 grams; precious metals are priced in it.</summary>
    public static Unit TroyOunce { get; } = new("troy-ounce", Dimension.Mass, 0.0311034768d, "ozt");

    /// <summary>Avoirdupois pound (id <c>pound-mass</c>), 0.45359237 kilogram.</summary>
    public static Unit PoundMass { get; } = new("pound-mass", Dimension.Mass, 0.45359237d, "lb");

    /// <summary>Millimetre (id <c>millimetre</c>), 0.001 metre.</summary>
    public static Unit Millimetre { get; } = new("millimetre", Dimension.Length, 0.001d, "mm");

    /// <summary>Centimetre (id <c>centimetre</c>), 0.01 metre.</summary>
    public static Unit Centimetre { get; } = new("centimetre", Dimension.Length, 0.01d, "cm");

    /// <summary>International inch (id <c>inch</c>), 0.0254 metre.</summary>
    public static Unit Inch { get; } = new("inch", Dimension.Length, 0.0254d, "in");

    /// <summary>International foot (id <c>foot</c>), 0.3048 metre.</summary>
    public static Unit Foot { get; } = new("foot", Dimension.Length, 0.3048d, "ft");

    /// <summary>International yard (id <c>yard</c>), 0.9144 metre.</summary>
    public static Unit Yard { get; } = new("yard", Dimension.Length, 0.9144d, "yd");

    /// <summary>International nautical mile (id <c>nautical-mile</c>), 1852 metres.</summary>
    public static Unit NauticalMile { get; } = new("nautical-mile", Dimension.Length, 1_852d, "nmi");

    /// <summary>Knot (id <c>knot</c>), one nautical mile per hour.</summary>
    public static Unit Knot { get; } = new("knot", Dimension.Speed, 1_852d / 3_600d, "kn");

    /// <summary>Cubic metre (id <c>cubic-metre</c>); the base unit of <see cref="Dimension.Volume"/>.</summary>
    public static Unit CubicMetre { get; } = new("cubic-metre", Dimension.Volume, 1d, "m3");

    /// <summary>Litre (id <c>litre</c>), 0.001 cubic metre.</summary>
    public static Unit Litre { get; } = new("litre", Dimension.Volume, 0.001d, "L");

    /// <summary>Millilitre (id <c>millilitre</c>), 0.000001 cubic metre.</summary>
    public static Unit Millilitre { get; } = new("millilitre", Dimension.Volume, 1e-6d, "mL");

    /// <summary>US liquid gallon (id <c>gallon</c>), 3.785411784 litres; a bare "gallon" in news means this unit.</summary>
    public static Unit Gallon { get; } = new("gallon", Dimension.Volume, 0.003785411784d, "gal");

    /// <summary>Imperial gallon (id <c>imperial-gallon</c>), 4.54609 litres.</summary>
    public static Unit ImperialGallon { get; } = new("imperial-gallon", Dimension.Volume, 0.00454609d, "imp gal");

    /// <summary>Oil barrel (id <c>barrel</c>), 42 US gallons = 158.987294928 litres.</summary>
    public static Unit Barrel { get; } = new("barrel", Dimension.Volume, 0.158987294928d, "bbl");

    /// <summary>Square metre (id <c>square-metre</c>); the base unit of <see cref="Dimension.Area"/>.</summary>
    public static Unit SquareMetre { get; } = new("square-metre", Dimension.Area, 1d, "m2");

    /// <summary>Square kilometre (id <c>square-kilometre</c>), 1 000 000 square metres.</summary>
    public static Unit SquareKilometre { get; } = new("square-kilometre", Dimension.Area, 1_000_000d, "km2");

    /// <summary>Hectare (id <c>hectare</c>), 10 000 square metres.</summary>
    public static Unit Hectare { get; } = new("hectare", Dimension.Area, 10_000d, "ha");

    /// <summary>Metric dunam (id <c>dunam</c>), 1000 square metres (the Levantine and Iraqi land measure in its metric form).</summary>
    public static Unit Dunam { get; } = new("dunam", Dimension.Area, 1_000d, "dunam");

    /// <summary>Feddan (id <c>feddan</c>), 4200 square metres (the Egyptian land measure).</summary>
    public static Unit Feddan { get; } = new("feddan", Dimension.Area, 4_200d, "feddan");

    /// <summary>International acre (id <c>acre</c>), 4046.8564224 square metres.</summary>
    public static Unit Acre { get; } = new("acre", Dimension.Area, 4_046.8564224d, "acre");

    /// <summary>Square mile (id <c>square-mile</c>), 2 589 988.110336 square metres.</summary>
    public static Unit SquareMile { get; } = new("square-mile", Dimension.Area, 2_589_988.110336d, "sq mi");

    /// <summary>Degree Celsius (id <c>celsius</c>); the base unit of <see cref="Dimension.Temperature"/>.</summary>
    public static Unit Celsius { get; } = new("celsius", Dimension.Temperature, 1d, "°C");

    /// <summary>Degree Fahrenheit (id <c>fahrenheit</c>): °C = (°F − 32) × 5/9.</summary>
    public static Unit Fahrenheit { get; } = new("fahrenheit", Dimension.Temperature, 5d / 9d, "°F", offsetToBase: -160d / 9d);

    /// <summary>Kelvin (id <c>kelvin</c>): °C = K − 273.15.</summary>
    public static Unit Kelvin { get; } = new("kelvin", Dimension.Temperature, 1d, "K", offsetToBase: -273.15d);

    /// <summary>Joule (id <c>joule</c>); the base unit of <see cref="Dimension.Energy"/>.</summary>
    public static Unit Joule { get; } = new("joule", Dimension.Energy, 1d, "J");

    /// <summary>Kilojoule (id <c>kilojoule</c>), 1000 joules.</summary>
    public static Unit Kilojoule { get; } = new("kilojoule", Dimension.Energy, 1_000d, "kJ");

    /// <summary>Megajoule (id <c>megajoule</c>), 1 000 000 joules.</summary>
    public static Unit Megajoule { get; } = new("megajoule", Dimension.Energy, 1_000_000d, "MJ");

    /// <summary>Thermochemical calorie (id <c>calorie</c>), 4.184 joules.</summary>
    public static Unit Calorie { get; } = new("calorie", Dimension.Energy, 4.184d, "cal");

    /// <summary>Kilocalorie (id <c>kilocalorie</c>), 4184 joules; the "calorie" of food labels.</summary>
    public static Unit Kilocalorie { get; } = new("kilocalorie", Dimension.Energy, 4_184d, "kcal");

    /// <summary>Kilowatt-hour (id <c>kilowatt-hour</c>), 3 600 000 joules.</summary>
    public static Unit KilowattHour { get; } = new("kilowatt-hour", Dimension.Energy, 3.6e6d, "kWh");

    /// <summary>Megawatt-hour (id <c>megawatt-hour</c>), 3.6 × 10⁹ joules.</summary>
    public static Unit MegawattHour { get; } = new("megawatt-hour", Dimension.Energy, 3.6e9d, "MWh");

    /// <summary>Gigawatt-hour (id <c>gigawatt-hour</c>), 3.6 × 10¹² joules.</summary>
    public static Unit GigawattHour { get; } = new("gigawatt-hour", Dimension.Energy, 3.6e12d, "GWh");

    /// <summary>Every well-known unit, in declaration order (excludes count and currency units, which are open-ended).</summary>
    public static IReadOnlyList<Unit> WellKnown { get; } =
    [
        None, Percent, Second, Minute, Hour, Day, Week, Month, Year, Decade, Century,
        Gram, Kilogram, MetricTon, ShortTon, LongTon, Metre, Kilometre, Mile,
        MetresPerSecond, KilometresPerHour, MilesPerHour,
        Milligram, Ounce, TroyOunce, PoundMass, Millimetre, Centimetre, Inch, Foot, Yard, NauticalMile, Knot,
        CubicMetre, Litre, Millilitre, Gallon, ImperialGallon, Barrel,
        SquareMetre, SquareKilometre, Hectare, Dunam, Feddan, Acre, SquareMile,
        Celsius, Fahrenheit, Kelvin,
        Joule, Kilojoule, Megajoule, Calorie, Kilocalorie, KilowattHour, MegawattHour, GigawattHour,
    ];

    private static readonly FrozenDictionary<string, Unit> ById = BuildIndex();

    /// <summary>
    /// The stable identifier: a well-known id (<c>metric-ton</c>, <c>km/h</c>, <c>year</c>), <c>count:&lt;noun&gt;</c>
    /// or <c>currency:&lt;code&gt;</c>. Used as the JSON form.
    /// </summary>
    public string Id { get; }

    /// <summary>What the unit measures.</summary>
    public Dimension Dimension { get; }

    /// <summary>
    /// How many base units one of this unit is (kilogram, metre, metre per second, second, percentage point).
    /// Always finite and positive; 1 for count, currency and dimensionless units.
    /// </summary>
    public double FactorToBase { get; }

    /// <summary>
    /// What is added, after multiplying by <see cref="FactorToBase"/>, to reach the base unit: 0 except for temperature
    /// scales whose zero differs from Celsius (Fahrenheit −160/9, kelvin −273.15).
    /// </summary>
    public double OffsetToBase { get; }

    /// <summary>
    /// For <see cref="Dimension.Currency"/> units, the ISO 4217 codes the amount may be in: the one
    /// <see cref="CurrencyCode"/>, or, for a shared currency name written without its country ("riyal"), every code
    /// that name can stand for (see <see cref="CurrencyAnyOf(string, IEnumerable{string})"/>). Empty for other dimensions.
    /// </summary>
    public IReadOnlyList<string> CurrencyCandidates { get; }

    /// <summary>True for a currency unit whose code is not known, only its candidates (a shared name without its country).</summary>
    public bool IsUnspecifiedCurrency => Dimension == Dimension.Currency && CurrencyCode is null;

    /// <summary>A short display label (<c>km/h</c>, <c>metric ton</c>, the counted noun, the currency code); empty for <see cref="None"/>.</summary>
    public string Symbol { get; }

    /// <summary>For <see cref="Dimension.Count"/> units, the counted noun (trimmed, lower case); otherwise null.</summary>
    public string? CountedNoun { get; }

    /// <summary>For <see cref="Dimension.Currency"/> units, the ISO 4217 code (upper case); otherwise null.</summary>
    public string? CurrencyCode { get; }

    /// <summary>
    /// A count of <paramref name="noun"/> (id <c>count:&lt;noun&gt;</c>). The noun is trimmed, inner white space runs
    /// collapse to one space, and letters are lower-cased (invariant culture), so "Containers " and "containers" are one unit.
    /// </summary>
    /// <param name="noun">The counted noun as the text or a lexicon gives it (any language), for example <c>container</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="noun"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="noun"/> is empty or white space only.</exception>
    public static Unit Count(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var normalized = NormalizeNoun(noun);
        if (normalized.Length == 0)
        {
            throw new ArgumentException("A counted noun must not be empty or white space.", nameof(noun));
        }

        return new Unit(CountPrefix + normalized, Dimension.Count, 1d, normalized, countedNoun: normalized);
    }

    /// <summary>An amount of money in one currency (id <c>currency:&lt;CODE&gt;</c>).</summary>
    /// <param name="isoCode">An ISO 4217 alphabetic code, three ASCII letters in any case (<c>usd</c> becomes <c>USD</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="isoCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="isoCode"/> is not three ASCII letters.</exception>
    public static Unit Currency(string isoCode)
    {
        ArgumentNullException.ThrowIfNull(isoCode);
        var code = isoCode.Trim();
        if (code.Length != 3 || !code.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{isoCode}' is not an ISO 4217 currency code (three ASCII letters).", nameof(isoCode));
        }

        code = code.ToUpperInvariant();
        return new Unit(CurrencyPrefix + code, Dimension.Currency, 1d, code, currencyCode: code);
    }

    /// <summary>
    /// An amount in a currency named without its country, so that only the candidates are known ("riyal" may be
    /// SAR, QAR, OMR, YER or IRR). The id is <c>currency-any:&lt;name&gt;:&lt;CODE&gt;,&lt;CODE&gt;…</c> (codes sorted),
    /// the symbol <c>&lt;name&gt; (unspecified)</c>. It is convertible (factor 1) to each candidate currency and to
    /// another unspecified currency that shares a candidate, so that the ambiguity stays visible instead of a guessed code.
    /// </summary>
    /// <param name="name">A language-neutral key of the shared name (<c>riyal</c>, <c>dinar</c>): letters, digits and hyphens.</param>
    /// <param name="isoCodes">Two or more ISO 4217 codes (three ASCII letters each).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or has other characters, a code is malformed, or fewer than two distinct codes are given.</exception>
    public static Unit CurrencyAnyOf(string name, IEnumerable<string> isoCodes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(isoCodes);
        var key = name.Trim().ToLowerInvariant();
        if (key.Length == 0 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{name}' is not a currency name key (ASCII letters, digits and hyphens).", nameof(name));
        }

        var codes = isoCodes.Select(c => Currency(c).CurrencyCode!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (codes.Length < 2)
        {
            throw new ArgumentException("An unspecified currency needs at least two candidate codes; use Unit.Currency for one.", nameof(isoCodes));
        }

        return new Unit(CurrencyAnyPrefix + key + ":" + string.Join(',', codes), Dimension.Currency, 1d, key + " (unspecified)",
            currencyCandidates: codes);
    }

    /// <summary>The base unit of a dimension that has one (kilogram, metre, metre per second, second, percent, none).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is not defined, or is <see cref="Dimension.Count"/> or
    /// <see cref="Dimension.Currency"/>, which have one unit per noun or currency and no common base.</exception>
    public static Unit BaseOf(Dimension dimension) => dimension switch
    {
        Dimension.Mass => Kilogram,
        Dimension.Length => Metre,
        Dimension.Speed => MetresPerSecond,
        Dimension.Duration => Second,
        Dimension.Percent => Percent,
        Dimension.Dimensionless => None,
        Dimension.Volume => CubicMetre,
        Dimension.Area => SquareMetre,
        Dimension.Temperature => Celsius,
        Dimension.Energy => Joule,
        Dimension.Count or Dimension.Currency => throw new ArgumentException(
            $"Dimension {dimension} has no common base unit; use Unit.{dimension}(...).", nameof(dimension)),
        _ => throw new ArgumentException($"Unknown dimension {(int)dimension}.", nameof(dimension)),
    };

    /// <summary>
    /// Finds the unit for an id: a well-known id, <c>count:&lt;noun&gt;</c> or <c>currency:&lt;code&gt;</c>.
    /// A few common aliases are accepted too (<c>kg</c>, <c>g</c>, <c>t</c>, <c>ton</c>, <c>tonne</c>, <c>m</c>, <c>km</c>,
    /// <c>mi</c>, <c>s</c>, <c>min</c>, <c>h</c>, <c>%</c>, <c>meter</c>, <c>kilometer</c>); the result's <see cref="Id"/> is then the canonical id.
    /// </summary>
    /// <param name="id">The id. Matching is ordinal and case-sensitive except for the currency code.</param>
    /// <param name="unit">The unit, or null when the id is unknown.</param>
    /// <returns>True when the id names a unit.</returns>
    public static bool TryFromId(string? id, [NotNullWhen(true)] out Unit? unit)
    {
        unit = null;
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        if (ById.TryGetValue(id, out var known))
        {
            unit = known;
            return true;
        }

        if (id.StartsWith(CountPrefix, StringComparison.Ordinal))
        {
            var noun = NormalizeNoun(id[CountPrefix.Length..]);
            if (noun.Length == 0)
            {
                return false;
            }

            unit = new Unit(CountPrefix + noun, Dimension.Count, 1d, noun, countedNoun: noun);
            return true;
        }

        if (id.StartsWith(CurrencyPrefix, StringComparison.Ordinal))
        {
            var code = id[CurrencyPrefix.Length..];
            if (code.Length != 3 || !code.All(char.IsAsciiLetter))
            {
                return false;
            }

            unit = Currency(code);
            return true;
        }

        if (id.StartsWith(CurrencyAnyPrefix, StringComparison.Ordinal))
        {
            var rest = id[CurrencyAnyPrefix.Length..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return false;
            }

            try
            {
                unit = CurrencyAnyOf(rest[..colon], rest[(colon + 1)..].Split(','));
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Finds the unit for an id; see <see cref="TryFromId(string?, out Unit?)"/>.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> names no unit.</exception>
    public static Unit FromId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryFromId(id, out var unit)
            ? unit
            : throw new ArgumentException($"Unknown unit id '{id}'. Expected a well-known id (for example 'metric-ton', 'km/h', 'year'), 'count:<noun>' or 'currency:<ISO code>'.", nameof(id));
    }

    /// <summary>
    /// True when values in this unit can be converted to <paramref name="other"/>: same dimension and, for counts,
    /// the same noun, for currencies the same code.
    /// </summary>
    /// <param name="other">The other unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsConvertibleTo(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Dimension == other.Dimension
            && string.Equals(CountedNoun, other.CountedNoun, StringComparison.Ordinal)
            && (Dimension != Dimension.Currency || SharesCurrency(other));
    }

    private bool SharesCurrency(Unit other) =>
        CurrencyCode is not null && other.CurrencyCode is not null
            ? string.Equals(CurrencyCode, other.CurrencyCode, StringComparison.Ordinal)
            : CurrencyCandidates.Intersect(other.CurrencyCandidates, StringComparer.Ordinal).Any();

    /// <summary>As <see cref="IsConvertibleTo(Unit)"/>, with the reason in plain English when not convertible (empty otherwise).</summary>
    /// <param name="other">The other unit.</param>
    /// <param name="reason">Why the units cannot be converted, naming both dimensions or nouns; empty when they can.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsConvertibleTo(Unit other, out string reason)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Dimension != other.Dimension)
        {
            reason = $"{Describe()} is a {DimensionName(Dimension)} and {other.Describe()} is a {DimensionName(other.Dimension)}; different dimensions cannot be compared";
            return false;
        }

        if (Dimension == Dimension.Count && !string.Equals(CountedNoun, other.CountedNoun, StringComparison.Ordinal))
        {
            reason = $"counts of different nouns ('{CountedNoun}' and '{other.CountedNoun}') cannot be compared (both are {DimensionName(Dimension)})";
            return false;
        }

        if (Dimension == Dimension.Currency && !SharesCurrency(other))
        {
            reason = $"amounts in different currencies ({CurrencyLabel()} and {other.CurrencyLabel()}) are not converted (both are {DimensionName(Dimension)})";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    /// <summary>Converts <paramref name="value"/> from this unit to <paramref name="target"/>.</summary>
    /// <param name="value">A value in this unit (may be infinite).</param>
    /// <param name="target">The unit to convert to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The units are not convertible (see <see cref="IsConvertibleTo(Unit, out string)"/>).</exception>
    public double Convert(double value, Unit target)
    {
        if (!IsConvertibleTo(target, out var reason))
        {
            throw new InvalidOperationException($"Cannot convert from {Id} to {target.Id}: {reason}.");
        }

        if (ReferenceEquals(this, target) || (FactorToBase == target.FactorToBase && OffsetToBase == target.OffsetToBase))
        {
            return value;
        }

        return OffsetToBase == 0d && target.OffsetToBase == 0d
            ? value * FactorToBase / target.FactorToBase
            : ((value * FactorToBase) + OffsetToBase - target.OffsetToBase) / target.FactorToBase;
    }

    private string CurrencyLabel() => CurrencyCode ?? Symbol + " " + string.Join('/', CurrencyCandidates);

    /// <inheritdoc />
    public bool Equals(Unit? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Unit? left, Unit? right) => !(left == right);

    /// <summary>Returns <see cref="Id"/>.</summary>
    public override string ToString() => Id;

    /// <summary>Appends the symbol to a number: <c>5 kg</c>, <c>5%</c>, <c>5</c> for <see cref="None"/>.</summary>
    internal string Label(string number) => Symbol.Length == 0 ? number : Symbol == "%" ? number + "%" : number + " " + Symbol;

    internal string Describe() => Dimension switch
    {
        Dimension.Count => $"count of '{CountedNoun}'",
        Dimension.Currency => $"amount in {CurrencyLabel()}",
        Dimension.Dimensionless => "pure number",
        _ => $"'{Id}'",
    };

    internal static string DimensionName(Dimension dimension) => dimension switch
    {
        Dimension.Count => "count",
        Dimension.Mass => "mass",
        Dimension.Length => "length",
        Dimension.Speed => "speed",
        Dimension.Duration => "duration",
        Dimension.Currency => "currency",
        Dimension.Percent => "percent value",
        Dimension.Dimensionless => "dimensionless number",
        Dimension.Volume => "volume",
        Dimension.Area => "area",
        Dimension.Temperature => "temperature",
        Dimension.Energy => "energy",
        _ => ((int)dimension).ToString(CultureInfo.InvariantCulture),
    };

    private static string NormalizeNoun(string noun)
    {
        var sb = new StringBuilder(noun.Length);
        var pendingSpace = false;
        foreach (var c in noun.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static FrozenDictionary<string, Unit> BuildIndex()
    {
        var d = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var u in WellKnown)
        {
            d[u.Id] = u;
        }

        (string Alias, Unit Unit)[] aliases =
        [
            ("kg", Kilogram), ("g", Gram), ("t", MetricTon), ("ton", MetricTon), ("tonne", MetricTon),
            ("m", Metre), ("meter", Metre), ("km", Kilometre), ("kilometer", Kilometre), ("mi", Mile),
            ("s", Second), ("min", Minute), ("h", Hour), ("%", Percent), ("kph", KilometresPerHour),
            ("l", Litre), ("ml", Millilitre), ("m3", CubicMetre), ("m2", SquareMetre), ("km2", SquareKilometre), ("ha", Hectare),
            ("mg", Milligram), ("oz", Ounce), ("lb", PoundMass), ("mm", Millimetre), ("cm", Centimetre), ("ft", Foot),
            ("kwh", KilowattHour), ("kcal", Kilocalorie), ("liter", Litre), ("milliliter", Millilitre),
        ];
        foreach (var (alias, unit) in aliases)
        {
            d[alias] = unit;
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
