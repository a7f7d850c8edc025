using System.Globalization;

namespace MemoryAspire.Recall.Benchmark;

public sealed record Line(DateOnly Date, string Speaker, string Text)
{
    /// <summary>How the replay sends it, as the replay does: <c>[2024-03-14] Maya: text</c>.</summary>
    public string Message => $"[{Date:yyyy-MM-dd}] {Speaker}: {Text}";
}

public sealed record ConversationSession(DateOnly Date, IReadOnlyList<Line> Lines);

public static class QuestionKinds
{
    public const string SingleFact = "single fact";
    public const string MultiHop = "multi-hop";
    public const string When = "when";
    public const string Preference = "open preference";

    public static IReadOnlyList<string> All { get; } = [SingleFact, MultiHop, When, Preference];
}

/// <param name="Gold">The answer; it reaches the prompt when at least half of its content words do.</param>
public sealed record Question(string Kind, string Text, string Gold);

public sealed record Conversation(int Index, string First, string Second, IReadOnlyList<ConversationSession> Sessions, IReadOnlyList<Question> Questions)
{
    public IEnumerable<Line> Lines => Sessions.SelectMany(s => s.Lines);
}

/// <summary>
/// Deterministic two-person conversations over many dated sessions: each person has a home that changes, jobs that change, a
/// pet, a sibling and a partner named in one place and described in another, tastes (one of which changes), and dated events
/// (trips, a race, a concert, a move, a new job), buried in small talk that reuses the same everyday words. Questions are
/// written as a user would ask them, with their own wording: about one fact, about two facts joined by a name (multi-hop),
/// about when something happened, and open questions about taste.
/// </summary>
public static class ConversationGenerator
{
    private static readonly string[] FirstNames =
        ["Maya", "Tom", "Priya", "Jonas", "Elena", "Marcus", "Aiko", "Daniel", "Sofia", "Kwame", "Ingrid", "Rafael", "Nadia", "Owen", "Leila", "Viktor",
         "Hannah", "Mateo", "Chloe", "Tariq", "Freya", "Luca"];
    private static readonly string[] RelativeNames = ["Lena", "Oskar", "Ruth", "Felix", "Mira", "Anton", "Clara", "Ivo", "Greta", "Samuel", "Noor", "Emil", "Ada", "Bruno", "Zoe", "Hugo"];
    private static readonly string[] Cities = ["Lisbon", "Porto", "Vienna", "Leeds", "Utrecht", "Krakow", "Valencia", "Dublin", "Tallinn", "Bologna", "Ghent", "Aarhus", "Bergen", "Zurich", "Seville", "Graz"];
    private static readonly string[] Companies = ["Siemens", "Zalando", "Spotify", "Philips", "Adyen", "Ocado", "Booking", "Miro", "Klarna", "Celonis", "Bolt", "Wise", "Canva", "Personio"];
    private static readonly string[] Roles = ["data analyst", "product designer", "backend engineer", "project manager", "UX researcher", "sales lead", "QA engineer", "marketing manager"];
    private static readonly string[] Species = ["beagle", "tabby cat", "border collie", "rabbit", "greyhound", "parrot", "dachshund", "ragdoll cat"];
    private static readonly string[] PetNames = ["Biscuit", "Pepper", "Juniper", "Mochi", "Rocket", "Olive", "Waffles", "Ziggy", "Nutmeg", "Pickles", "Tofu", "Maple"];
    private static readonly string[] Cuisines = ["Sichuan hotpot", "Neapolitan pizza", "Ethiopian injera", "Korean barbecue", "Lebanese mezze", "Oaxacan mole", "Japanese ramen", "Georgian khachapuri"];
    private static readonly string[] Hobbies = ["bouldering", "pottery", "birdwatching", "salsa dancing", "woodworking", "sea kayaking", "chess", "urban sketching"];
    private static readonly string[] Music = ["Brazilian bossa nova", "Afrobeat", "Baroque harpsichord", "Detroit techno", "Celtic folk", "bebop jazz", "K-pop", "Delta blues"];
    private static readonly string[] Drinks = ["oolong tea", "matcha", "cold brew", "kombucha", "espresso tonic", "rooibos"];
    private static readonly string[] Cars = ["Skoda Octavia", "Renault Zoe", "Volvo V60", "Fiat Panda", "Tesla Model 3", "Mazda MX-5", "Toyota Yaris"];
    private static readonly string[] Destinations = ["Iceland", "Morocco", "Japan", "Peru", "Norway", "Sicily", "Vietnam", "Scotland", "Chile", "Croatia", "Jordan", "Canada"];
    private static readonly string[] Bands = ["Radiohead", "Arctic Monkeys", "Khruangbin", "Björk", "Massive Attack", "Fleetwood Mac", "Bon Iver", "Daft Punk"];
    private static readonly string[] Colleagues = ["Ben", "Carla", "Dev", "Ilse", "Pavel", "Rosa", "Sami", "Tess"];

    /// <summary>Everyday lines that reuse the words the questions use (live, work, name, city, food, music, trip, date...).</summary>
    private static readonly string[] SmallTalk =
    [
        "The weather has been grim all week, rain every single day.",
        "Did you watch the match on Sunday? What a finish.",
        "I need a proper holiday, work has been relentless lately.",
        "My colleague {c} keeps scheduling meetings at 8 am, it's driving me mad.",
        "We tried that new bakery near the station, the croissants were fine, nothing special.",
        "I've been sleeping badly, too much screen time before bed I guess.",
        "Have you read anything good recently? I'm stuck between two books.",
        "The train was late again this morning, forty minutes standing on the platform.",
        "{c} from work says the city is planning to close the old bridge for repairs.",
        "I spent the whole evening fixing the washing machine, don't ask.",
        "Let's pick a date for dinner soon, it's been ages.",
        "My neighbour started renovating, the drilling starts at 7 every morning.",
        "I finally cleaned out the garage, found my old guitar in there.",
        "Work is okay, just a lot of quarterly planning and spreadsheets.",
        "Did you see the news about the new tram line? Might make my commute easier.",
        "I tried cooking something new tonight and burned the rice, classic.",
        "Any plans for the weekend? I might just stay in and do nothing.",
        "{c} lent me a documentary about deep sea creatures, surprisingly gripping.",
        "The gym was packed tonight, everyone suddenly has new year's resolutions.",
        "I'm thinking of learning a language, maybe Italian, maybe Dutch.",
        "My phone screen cracked again, third time this year.",
        "We had a power cut for two hours yesterday, played cards by candlelight.",
        "I should call my parents more often, I keep forgetting.",
        "Can you believe how expensive groceries have become?",
        "I've started taking the stairs at work instead of the lift, my legs hate me.",
        "Honestly I could live on toast and coffee if nobody stopped me.",
        "{c} moved desks and now sits right next to the printer, poor thing.",
        "I watched a film about a chess prodigy, the ending was a bit flat.",
        "The heating in our building broke, we're all wearing jumpers indoors.",
        "Music recommendations welcome, my playlists are getting stale.",
        "I keep meaning to plan a trip somewhere warm but never book anything.",
        "My manager asked me to give a talk next month, slightly terrified.",
        "We went for a long walk by the river, saw a heron.",
        "Tried a pub quiz last night, we came fourth out of twelve.",
        "I can't decide whether to repaint the kitchen blue or green.",
        "Somebody's dog barked all night in the flat upstairs.",
        "Lunch today was a sad sandwich at my desk again.",
        "I'm knackered, it's been one of those weeks.",
    ];

    private static readonly string[] Reactions =
    [
        "Oh nice, tell me more!", "Ha, that sounds about right.", "Wow, I didn't see that coming.", "That's brilliant news.",
        "Oh no, sorry to hear that.", "Same here, honestly.", "Fair enough.", "Good for you!", "Haha, classic.", "Really? Since when?",
        "That makes sense.", "I'm jealous.", "Sounds lovely.", "Keep me posted.",
    ];

    private sealed class Person(string name)
    {
        public string Name { get; } = name;
        public List<string> Homes { get; } = [];
        public List<(string Company, string Role)> Jobs { get; } = [];
        public string Species { get; set; } = "";
        public string Pet { get; set; } = "";
        public string SiblingKind { get; set; } = "";
        public string Sibling { get; set; } = "";
        public string SiblingCity { get; set; } = "";
        public string SiblingJob { get; set; } = "";
        public string Partner { get; set; } = "";
        public string PartnerHobby { get; set; } = "";
        public string Cuisine { get; set; } = "";
        public string Hobby { get; set; } = "";
        public string Music { get; set; } = "";
        public string Drink { get; set; } = "";
        public string Car { get; set; } = "";
        public string Pronoun { get; set; } = "they";
    }

    /// <summary>A scheduled statement: in which session, who says it, what, and what the other one answers (null: a reaction).</summary>
    private sealed record Beat(int Session, Person Speaker, string Text, string? Answer = null, Question? Question = null, Func<DateOnly, Question>? Dated = null);

    public static IReadOnlyList<Conversation> Generate(int conversations, int sessions, int linesPerSession, int seed = 17)
    {
        List<Conversation> result = [];
        for (var c = 0; c < conversations; c++)
        {
            result.Add(One(c, sessions, linesPerSession, new Random(seed * 1000 + c)));
        }

        return result;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static List<T> Distinct<T>(Random random, T[] items, int count) => [.. items.OrderBy(_ => random.Next()).Take(count)];

    private static Conversation One(int index, int sessionCount, int linesPerSession, Random random)
    {
        var names = Distinct(random, FirstNames, 2);
        var people = names.Select(n => new Person(n)).ToArray();
        var relatives = new Queue<string>(Distinct(random, RelativeNames, 4));
        var cities = new Queue<string>(Distinct(random, Cities, 10));
        var companies = new Queue<string>(Distinct(random, Companies, 6));
        var species = new Queue<string>(Distinct(random, Species, 2));
        var pets = new Queue<string>(Distinct(random, PetNames, 2));
        var cuisines = new Queue<string>(Distinct(random, Cuisines, 2));
        var hobbies = new Queue<string>(Distinct(random, Hobbies, 4));
        var music = new Queue<string>(Distinct(random, Music, 2));
        var drinks = new Queue<string>(Distinct(random, Drinks, 2));
        var cars = new Queue<string>(Distinct(random, Cars, 2));
        var destinations = new Queue<string>(Distinct(random, Destinations, 6));
        var bands = new Queue<string>(Distinct(random, Bands, 2));
        foreach (var p in people)
        {
            p.Homes.Add(cities.Dequeue());
            p.Homes.Add(cities.Dequeue());
            p.Jobs.Add((companies.Dequeue(), Pick(random, Roles)));
            p.Jobs.Add((companies.Dequeue(), Pick(random, Roles)));
            p.Species = species.Dequeue();
            p.Pet = pets.Dequeue();
            p.SiblingKind = random.Next(2) == 0 ? "sister" : "brother";
            p.Sibling = relatives.Dequeue();
            p.SiblingCity = cities.Dequeue();
            p.SiblingJob = Pick(random, ["a paramedic", "a violin teacher", "an architect", "a marine biologist", "a baker", "a tax lawyer"]);
            p.Partner = relatives.Dequeue();
            p.PartnerHobby = hobbies.Dequeue();
            p.Cuisine = cuisines.Dequeue();
            p.Hobby = hobbies.Dequeue();
            p.Music = music.Dequeue();
            p.Drink = drinks.Dequeue();
            p.Car = cars.Dequeue();
        }

        // Session dates: every 9 to 30 days from a start in early 2024.
        var dates = new List<DateOnly>();
        var date = new DateOnly(2024, 1, 8).AddDays(random.Next(20));
        for (var s = 0; s < sessionCount; s++)
        {
            dates.Add(date);
            date = date.AddDays(9 + random.Next(22));
        }

        int Early() => random.Next(0, sessionCount / 4);
        int Middle() => random.Next(sessionCount / 4, sessionCount * 3 / 4);
        int Late() => random.Next(sessionCount * 3 / 4, sessionCount);
        string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var beats = new List<Beat>();
        foreach (var p in people)
        {
            var n = p.Name;
            // Home: stated early, a move (dated) in the middle; questions ask where they live now, and when they moved.
            beats.Add(new(Early(), p, Pick(random, [$"I've been living in {p.Homes[0]} for about six years now.", $"Life in {p.Homes[0]} is good, I love my little flat here."])));
            beats.Add(new(Middle(), p, Pick(random, [$"Big news: we're moving to {p.Homes[1]}! The van comes on Saturday.", $"I signed the lease, I'm relocating to {p.Homes[1]} next week."]),
                Dated: d => new(QuestionKinds.When, Pick(random, [$"When did {n} tell me about relocating to {p.Homes[1]}?", $"On what date did {n} announce the move to {p.Homes[1]}?"]), D(d))));
            beats.Add(new(Late(), p, Pick(random, [$"{p.Homes[1]} finally feels like home, I know every café on my street.", $"Honestly {p.Homes[1]} suits me much better than {p.Homes[0]} did."])));
            beats.Add(new(Late(), p, "Happy to be settled at last.",
                Question: new(QuestionKinds.SingleFact, Pick(random, [$"Which city is {n} based in these days?", $"Where does {n} live now?", $"What town is {n}'s home at the moment?"]), p.Homes[1])));

            // Jobs: the first stated early, a change later (dated).
            beats.Add(new(Early(), p, $"I work as a {p.Jobs[0].Role} at {p.Jobs[0].Company}, mostly dashboards and meetings."));
            beats.Add(new(Middle(), p, Pick(random, [$"I accepted the offer from {p.Jobs[1].Company}! First day is Monday.", $"Today was my first day at {p.Jobs[1].Company}, the office is huge."]),
                Dated: d => new(QuestionKinds.When, Pick(random, [$"When did {n} start the new job at {p.Jobs[1].Company}?", $"What was the date {n} began working for {p.Jobs[1].Company}?"]), D(d))));
            beats.Add(new(Late(), p, "Still getting used to the new team.",
                Question: new(QuestionKinds.SingleFact, Pick(random, [$"Who is {n}'s current employer?", $"Which company does {n} work for now?"]), p.Jobs[1].Company)));
            beats.Add(new(Early(), p, "Anyway, enough about the office.",
                Question: new(QuestionKinds.SingleFact, $"What was {n}'s job title before switching companies?", p.Jobs[0].Role)));

            // Pet: asked for by the other person and answered (the name is in the reply), dated adoption.
            var other = people.First(o => o != p);
            var adopted = Middle();
            beats.Add(new(adopted, p, Pick(random, [$"We adopted a {p.Species} from the shelter today!", $"Meet the newest family member: a little {p.Species}, picked up from the rescue this morning."]),
                Dated: d => new(QuestionKinds.When, Pick(random, [$"When did {n} bring the {p.Species} home?", $"What day did {n} adopt the {Last(p.Species)}?"]), D(d))));
            beats.Add(new(Math.Min(sessionCount - 1, adopted + random.Next(2)), other, $"What did you end up naming the {Last(p.Species)}?", $"{p.Pet}! It just suited the face.",
                Question: new(QuestionKinds.SingleFact, Pick(random, [$"What is the name of {n}'s {Last(p.Species)}?", $"What did {n} call the rescue animal?"]), p.Pet)));
            beats.Add(new(Late(), p, $"{p.Pet} chewed through another charging cable, the little menace."));

            // Sibling: the relation in one session, city and job under the name alone in others (multi-hop).
            beats.Add(new(Early(), p, $"My {p.SiblingKind} {p.Sibling} is visiting this weekend, we haven't seen each other in months.",
                Question: new(QuestionKinds.SingleFact, $"What is the name of {n}'s {p.SiblingKind}?", p.Sibling)));
            beats.Add(new(Late(), p, Pick(random, [$"{p.Sibling} just moved to {p.SiblingCity} for a fresh start.", $"{p.Sibling} has settled in {p.SiblingCity}, loves the old town."]),
                Question: new(QuestionKinds.MultiHop, Pick(random, [$"Which city did {n}'s {p.SiblingKind} move to?", $"Where does {n}'s {p.SiblingKind} live?"]), p.SiblingCity)));
            beats.Add(new(Middle(), p, $"{p.Sibling} is working as {p.SiblingJob} now, long shifts but happy.",
                Question: new(QuestionKinds.MultiHop, $"What does {n}'s {p.SiblingKind} do for a living?", p.SiblingJob)));

            // Partner: named once, hobby under the name alone.
            beats.Add(new(Early(), p, $"My partner {p.Partner} says hi, by the way."));
            beats.Add(new(Middle(), p, $"{p.Partner} has gotten really into {p.PartnerHobby}, every Saturday without fail.",
                Question: new(QuestionKinds.MultiHop, $"What hobby has {n}'s partner picked up?", p.PartnerHobby)));

            // Tastes: some stated as questions answered by the other one.
            beats.Add(new(Early(), other, "What do you feel like eating when you treat yourself?", $"{p.Cuisine}, no contest. I could eat it every week.",
                Question: new(QuestionKinds.Preference, Pick(random, [$"I'm booking a dinner to surprise {n}; what would {n} love to eat?", $"What kind of dish is {n}'s favourite treat?"]), p.Cuisine)));
            beats.Add(new(Middle(), p, $"Spent the whole weekend {p.Hobby}, my happy place.",
                Question: new(QuestionKinds.Preference, Pick(random, [$"What could {n} do on a free weekend to relax?", $"Suggest an activity {n} would enjoy on a day off."]), p.Hobby)));
            beats.Add(new(Early(), p, $"I've had {p.Music} on repeat all month.",
                Question: new(QuestionKinds.Preference, Pick(random, [$"What records would make a good gift for {n}?", $"What sort of music does {n} enjoy?"]), p.Music)));
            beats.Add(new(Middle(), p, $"Switched from coffee to {p.Drink}, feeling much calmer.",
                Question: new(QuestionKinds.Preference, $"What should I offer {n} to drink in the afternoon?", p.Drink)));
            beats.Add(new(Early(), p, $"The {p.Car} failed its inspection, new brakes needed.",
                Question: new(QuestionKinds.SingleFact, $"What make and model is {n}'s car?", p.Car)));

            // Dated events.
            var trip = destinations.Dequeue();
            beats.Add(new(Middle(), p, Pick(random, [$"Just landed back from {trip}, the landscapes were unreal.", $"Back from two weeks in {trip}, totally recharged."]),
                Dated: d => new(QuestionKinds.When, Pick(random, [$"When did {n} get back from the holiday in {trip}?", $"On which date did {n} return from {trip}?"]), D(d))));
            var race = Pick(random, ["half marathon", "marathon", "10k trail race"]);
            var raceCity = p.Homes[0];
            beats.Add(new(Middle(), p, $"I finished the {raceCity} {race} this morning, legs are jelly.",
                Dated: d => new(QuestionKinds.When, Pick(random, [$"When did {n} run the {race} in {raceCity}?", $"What date was {n}'s {race}?"]), D(d))));
            var band = bands.Dequeue();
            beats.Add(new(Late(), p, $"Got tickets for {band}! It's my birthday present to myself.",
                Question: new(QuestionKinds.SingleFact, $"Which band is {n} going to see live?", band)));
            // A taste that changes: vegetarian.
            if (random.Next(2) == 0)
            {
                beats.Add(new(Late(), p, "I've gone fully vegetarian since last month, feeling great about it.",
                    Question: new(QuestionKinds.Preference, $"Is there any diet {n} follows that I should know about before cooking?", "vegetarian")));
            }

            // Distractors: other people's moves, jobs and trips with the same words.
            var colleague = Pick(random, Colleagues);
            beats.Add(new(Middle(), p, $"My colleague {colleague} moved to {cities.Peek()} last month and already misses it here."));
            beats.Add(new(Late(), p, $"{colleague} just came back from a trip to {destinations.Peek()} and won't stop talking about it."));
        }

        // Place each beat in its session; the rest of each session is small talk and reactions.
        var sessions = new List<ConversationSession>();
        var questions = new List<Question>();
        for (var s = 0; s < sessionCount; s++)
        {
            var lines = new List<Line>();
            var speaker = random.Next(2);
            var here = beats.Where(b => b.Session == s).ToList();
            var slots = Math.Max(here.Count * 2 + 2, linesPerSession + random.Next(-3, 4));
            var beatAt = new Queue<Beat>(here.OrderBy(_ => random.Next()));
            lines.Add(new(dates[s], people[speaker].Name, Pick(random, ["Hey! How's your week going?", "Morning! Got a minute to chat?", "Hi there, long time no talk!", "Evening! How are things?"])));
            lines.Add(new(dates[s], people[1 - speaker].Name, Pick(random, ["Hey! Busy but good.", "Hi! All fine here, you?", "Hello! Just made tea, perfect timing.", "Not bad at all, thanks."])));
            while (lines.Count < slots)
            {
                var free = slots - lines.Count;
                if (beatAt.Count > 0 && (random.Next(free) < beatAt.Count * 2 || free <= beatAt.Count * 2))
                {
                    var beat = beatAt.Dequeue();
                    var responder = people.First(p => p != beat.Speaker);
                    var answerer = beat.Answer is null ? responder : people.First(p => p != beat.Speaker);
                    lines.Add(new(dates[s], beat.Speaker.Name, beat.Text));
                    lines.Add(new(dates[s], answerer.Name, beat.Answer ?? Pick(random, Reactions)));
                    if (beat.Question is { } q)
                    {
                        questions.Add(q);
                    }

                    if (beat.Dated is { } dated)
                    {
                        questions.Add(dated(dates[s]));
                    }

                    continue;
                }

                var talker = people[lines.Count % 2 == 0 ? speaker : 1 - speaker];
                lines.Add(new(dates[s], talker.Name, Pick(random, SmallTalk).Replace("{c}", Pick(random, Colleagues), StringComparison.Ordinal)));
            }

            lines.Add(new(dates[s], people[random.Next(2)].Name, Pick(random, ["Talk soon!", "Gotta run, bye!", "Speak later, take care.", "Right, back to it. Bye!"])));
            sessions.Add(new(dates[s], lines));
        }

        return new Conversation(index, people[0].Name, people[1].Name, sessions, questions);
    }

    private static string Last(string words) => words[(words.LastIndexOf(' ') + 1)..];
}
