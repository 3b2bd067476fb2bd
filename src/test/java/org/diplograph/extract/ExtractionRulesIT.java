package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.GazetteerLexicon;
import org.diplograph.nlp.Annotator;
import org.diplograph.source.Article;
import org.junit.jupiter.api.Test;

/** Single rules of the extractor, each on a short text of our own that needs it. Runs CoreNLP, hence an IT. */
class ExtractionRulesIT {
    private static final Extractor EXTRACTOR = new Extractor(new GazetteerLexicon(Gazetteer.bundled()));

    private static TreeSet<String> happened(String published, String body) {
        return happened(published, "Test", body);
    }

    private static TreeSet<String> happened(String published, String title, String body) {
        return happened(published, title, body, false);
    }

    /** As {@link #happened(String, String)}, each contact with its place: "Visit [Francis] @Baghdad 2021-03-05". */
    private static TreeSet<String> happenedWithPlaces(String published, String body) {
        return happened(published, "Test", body, true);
    }

    private static TreeSet<String> happened(String published, String title, String body, boolean places) {
        Article a = new Article("rule", LocalDate.parse(published), title, body, null, null, "test");
        TreeSet<String> got = new TreeSet<>();
        for (EventMention e : EXTRACTOR.extract(Annotator.shared().annotate(a)).events()) {
            if (e.factuality() != Factuality.HAPPENED) continue;
            String where = !places ? "" : " @" + (e.location() == null ? null : e.location().name());
            got.add(e.type().label() + " " + new TreeSet<>(e.participants().stream().map(Actor::name).toList()) + where + " " + e.date().value());
        }
        return got;
    }

    @Test
    void a_contact_on_the_same_day_or_the_following_day_takes_its_date_from_the_contact_before() {
        TreeSet<String> got = happened("2023-09-12", """
                Joe Biden arrived in Hanoi on the afternoon of September 10.

                On the same day, Nguyen Phu Trong held talks with Joe Biden in Hanoi.

                The following day, Prime Minister Pham Minh Chinh met Joe Biden in Hanoi.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Joe Biden] 2023-09-10",
                "Meeting [Joe Biden, Nguyen Phu Trong] 2023-09-10",
                "Meeting [Joe Biden, Pham Minh Chinh] 2023-09-11")), got);
    }

    @Test
    void a_clause_a_day_after_the_main_one_is_dated_a_day_earlier() {
        TreeSet<String> got = happened("2023-12-13", """
                Ukrainian President Volodymyr Zelensky arrived in Oslo on Wednesday morning for a summit with Nordic \
                leaders, a day after he held talks with US President Joe Biden in Washington.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Volodymyr Zelensky] 2023-12-13",
                "Meeting [Joe Biden, Volodymyr Zelensky] 2023-12-12")), got);
    }

    @Test
    void a_title_introducing_a_name_gives_that_person_as_the_participant() {
        TreeSet<String> got = happened("2024-03-03", """
                Iranian President Ebrahim Raisi was officially welcomed by his Algerian counterpart Abdelmadjid \
                Tebboune in Algiers on Saturday morning.
                """);
        assertEquals(new TreeSet<>(List.of("Meeting [Abdelmadjid Tebboune, Ebrahim Raisi] 2024-03-02")), got);
    }

    @Test
    void a_bare_surname_shared_by_a_leader_and_his_wife_is_the_leader() {
        TreeSet<String> got = happened("2023-11-05", """
                Prime Minister Fumio Kishida and his wife, Yuko Kishida, landed in Manila on Friday afternoon.

                On Saturday, Kishida held talks with President Ferdinand Marcos Jr. at Malacanang Palace.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Fumio Kishida, Yuko Kishida] 2023-11-03",
                "Meeting [Ferdinand Marcos Jr., Fumio Kishida] 2023-11-04")), got);
    }

    @Test
    void people_who_took_part_in_the_talks_join_the_contact_told_before() {
        TreeSet<String> got = happened("2023-07-11", """
                Turkish President Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson in Vilnius on Monday.

                Foreign Minister Tobias Billstrom and his Turkish counterpart Hakan Fidan also took part in the talks.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Hakan Fidan, Recep Tayyip Erdogan, Tobias Billstrom, Ulf Kristersson] 2023-07-10")), got);
    }

    @Test
    void a_wire_attribution_at_the_end_of_the_sentence_is_the_source() {
        Article a = new Article("rule", LocalDate.parse("2021-06-28"), "Test", """
                On Saturday, King Abdullah II spoke by phone with Saudi Crown Prince Mohammed bin Salman, the Saudi Press                 Agency (SPA) reported.
                """, null, null, "test");
        List<String> sources = new java.util.ArrayList<>();
        for (EventMention e : EXTRACTOR.extract(Annotator.shared().annotate(a)).events()) {
            e.reportedBy().forEach(x -> sources.add(e.type().label() + " " + x.name()));
        }
        assertEquals(List.of("PhoneCall SPA"), sources);
    }

    @Test
    void a_pronoun_after_a_photo_caption_points_past_the_caption() {
        TreeSet<String> got = happened("2024-02-18", """
                Kenyan President William Ruto arrived in Addis Ababa on Friday for the African Union summit.

                Ethiopian Prime Minister Abiy Ahmed and his guest William Ruto at the airport. Photo: Staff Reporter

                He then met Nigerian President Bola Tinubu at the summit venue on Saturday.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [William Ruto] 2024-02-16",
                "Meeting [Bola Tinubu, William Ruto] 2024-02-17")), got);
    }

    @Test
    void a_dateline_under_a_byline_and_time_stamp_lends_no_country_and_an_airport_arrival_visits_the_city() {
        Article a = new Article("rule", LocalDate.parse("2024-01-30"), "Test", """
                By Staff Writer

                January 30, 2024, 7:21 pm

                HANOI, Vietnam \u2013 President Ferdinand R. Marcos Jr. held talks with Vietnamese President Vo Van Thuong \
                at the Presidential Palace on Tuesday.

                Marcos arrived at Noi Bai International Airport in Hanoi on Monday afternoon for a two-day state visit.
                """, null, null, "test");
        TreeSet<String> got = new TreeSet<>();
        for (EventMention e : EXTRACTOR.extract(Annotator.shared().annotate(a)).events()) {
            got.add(e.type().label() + " " + new TreeSet<>(e.participants().stream().map(Actor::name).toList()) + " @"
                    + (e.location() == null ? null : e.location().name()) + " " + e.date().value());
        }
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Ferdinand R. Marcos Jr., Vo Van Thuong] @Presidential Palace 2024-01-30",
                "Visit [Ferdinand R. Marcos Jr.] @Hanoi 2024-01-29")), got);
    }

    @Test
    void hours_earlier_and_that_evening_take_the_day_of_the_contact_told_before() {
        TreeSet<String> got = happened("2023-10-15", """
                Antony Blinken arrived in Cairo on Sunday afternoon from Saudi Arabia.

                Hours earlier, Blinken met Saudi Crown Prince Mohammed bin Salman in Riyadh.

                Blinken had flown to Riyadh on Saturday and held talks that evening with Saudi Foreign Minister Prince Faisal bin Farhan.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Antony Blinken] 2023-10-15",
                "Meeting [Antony Blinken, Mohammed bin Salman] 2023-10-15",
                "Visit [Antony Blinken] 2023-10-14",
                "Meeting [Antony Blinken, Faisal bin Farhan] 2023-10-14")), got);
    }

    @Test
    void a_call_dated_with_on_is_a_call_and_calls_from_two_people_are_two_calls() {
        TreeSet<String> got = happened("2025-05-11", """
                US Vice President JD Vance called Indian Prime Minister Narendra Modi on Friday, CNN reported.

                Pakistani Foreign Minister Ishaq Dar on Saturday received telephone calls from Saudi Foreign Minister \
                Prince Faisal bin Farhan and British Foreign Secretary David Lammy, the Foreign Office said.
                """);
        assertEquals(new TreeSet<>(List.of(
                "PhoneCall [JD Vance, Narendra Modi] 2025-05-09",
                "PhoneCall [Faisal bin Farhan, Ishaq Dar] 2025-05-10",
                "PhoneCall [David Lammy, Ishaq Dar] 2025-05-10")), got);
    }

    @Test
    void the_nigerian_leader_and_the_president_who_arrived_abroad_are_the_visiting_president() {
        TreeSet<String> got = happened("2024-11-29", """
                President Bola Tinubu on Thursday held bilateral talks with French President Emmanuel Macron at the \
                Elysee Palace in Paris.

                Macron later hosted a state banquet in honour of the Nigerian leader on Thursday.

                The president arrived in Paris on Wednesday night for a three-day state visit.

                Meanwhile, Macron spoke by phone on Tuesday with Chinese President Xi Jinping, his first call with \
                Xi since the Oct. 7 summit.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Bola Tinubu, Emmanuel Macron] 2024-11-28",
                "Visit [Bola Tinubu] 2024-11-27",
                "PhoneCall [Emmanuel Macron, Xi Jinping] 2024-11-26")), got);
    }

    @Test
    void a_king_received_his_excellency_the_president_and_the_father_is_not_the_crown_prince() {
        TreeSet<String> got = happened("2022-12-08", """
                Riyadh, Jumada I 14, 1444, December 08, 2022, SPA -- The Custodian of the Two Holy Mosques King Salman \
                bin Abdulaziz Al Saud received at Al-Yamamah Palace in Riyadh today His Excellency President Xi Jinping \
                of the People's Republic of China.

                Later, His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud held official talks with \
                President Xi Jinping at the palace.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Salman bin Abdulaziz Al Saud, Xi Jinping] 2022-12-08",
                "Meeting [Mohammed bin Salman bin Abdulaziz Al Saud, Xi Jinping] 2022-12-08")), got);
    }

    @Test
    void earlier_in_the_day_is_the_day_stated_before_it_in_the_sentence_or_of_the_contact_before() {
        TreeSet<String> got = happened("2025-02-05", """
                Mexican President Claudia Sheinbaum announced Monday morning that US President Donald Trump had agreed \
                to pause tariffs after the two leaders spoke by phone earlier in the day.

                Azerbaijani President Ilham Aliyev arrived in Abu Dhabi on Tuesday on a working visit.

                Earlier in the day, Aliyev met with UAE President Sheikh Mohamed bin Zayed Al Nahyan at Qasr Al Shati Palace.
                """);
        assertEquals(new TreeSet<>(List.of(
                "PhoneCall [Claudia Sheinbaum, Donald Trump] 2025-02-03",
                "Visit [Ilham Aliyev] 2025-02-04",
                "Meeting [Ilham Aliyev, Mohamed bin Zayed Al Nahyan] 2025-02-04")), got);
    }

    @Test
    void met_one_and_separately_another_is_two_meetings_even_when_the_parse_loses_the_second() {
        TreeSet<String> got = happened("2024-10-24", """
                On Wednesday, Putin met in Kazan with Iranian President Masoud Pezeshkian and, separately, with \
                Turkish President Recep Tayyip Erdogan, according to the Kremlin press service.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Masoud Pezeshkian, Putin] 2024-10-23",
                "Meeting [Putin, Recep Tayyip Erdogan] 2024-10-23")), got);
    }

    @Test
    void a_stop_in_a_city_on_a_tour_is_a_visit_there() {
        TreeSet<String> got = happened("2023-10-15", """
                US Secretary of State Antony Blinken also made a stop in Abu Dhabi on Saturday, the State Department said.
                """);
        assertEquals(new TreeSet<>(List.of("Visit [Antony Blinken] 2023-10-14")), got);
    }

    @Test
    void later_the_same_day_a_report_tail_and_a_span_of_years_leave_each_contact_its_day() {
        TreeSet<String> got = happened("2024-10-24", """
                President Vladimir Putin met Iranian President Masoud Pezeshkian in Kazan on Wednesday.

                Later, at the Kremlin residence in the city, Putin held talks with Turkish President Recep Tayyip Erdogan.

                Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held their first formal talks in \
                five years in Kazan on Tuesday, officials said.

                Modi also met Pezeshkian in Kazan the same day, the Indian government said.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Masoud Pezeshkian, Vladimir Putin] 2024-10-23",
                "Meeting [Recep Tayyip Erdogan, Vladimir Putin] 2024-10-23",
                "Meeting [Narendra Modi, Xi Jinping] 2024-10-22",
                "Meeting [Masoud Pezeshkian, Narendra Modi] 2024-10-22")), got);
    }

    @Test
    void the_conversation_took_place_on_a_day_dates_the_call_told_just_before() {
        TreeSet<String> got = happened("2025-06-19", """
                Prime Minister Paetongtarn Shinawatra said on Thursday that a recording of her phone conversation \
                with Cambodian Senate President Hun Sen had been leaked.

                The conversation took place on Sunday, June 15, as border tensions grew.
                """);
        assertEquals(new TreeSet<>(List.of("PhoneCall [Hun Sen, Paetongtarn Shinawatra] 2025-06-15")), got);
    }

    @Test
    void a_headline_office_and_a_titled_alias_are_the_person_the_article_names() {
        TreeSet<String> got = happened("2022-12-08", "King Receives President of China", """
                Riyadh, December 08, 2022, SPA -- King Salman bin Abdulaziz Al Saud received in Riyadh today \
                President Xi Jinping of the People's Republic of China.

                Later at the palace, Crown Prince Mohammed bin Salman held official talks with the Chinese President.

                President Xi arrived in Riyadh on Wednesday evening.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Salman bin Abdulaziz Al Saud, Xi Jinping] 2022-12-08",
                "Meeting [Mohammed bin Salman, Xi Jinping] 2022-12-08",
                "Visit [Xi Jinping] 2022-12-07")), got);
    }

    @Test
    void the_day_before_then_and_later_in_the_day_count_from_the_day_told_before() {
        TreeSet<String> got = happened("2023-12-07", """
                MOSCOW, December 7. /TASS/. President Vladimir Putin held talks with Iranian President Ebrahim Raisi \
                in the Kremlin on Thursday.

                The day before, Putin held talks with UAE President Mohamed bin Zayed in Abu Dhabi.

                He then met Saudi Crown Prince Mohammed bin Salman in Riyadh.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Ebrahim Raisi, Vladimir Putin] 2023-12-07",
                "Meeting [Mohamed bin Zayed, Vladimir Putin] 2023-12-06",
                "Meeting [Mohammed bin Salman, Vladimir Putin] 2023-12-06")), got);
        TreeSet<String> signing = happened("2025-06-28", """
                Rwanda and the Democratic Republic of Congo signed a peace agreement in Washington on Friday, 27 June.

                Later in the day, President Donald Trump received Rwandan Foreign Minister Olivier Nduhungirehe in \
                the Oval Office.
                """);
        assertEquals(new TreeSet<>(List.of("Meeting [Donald Trump, Olivier Nduhungirehe] 2025-06-27")), signing);
    }

    @Test
    void a_clause_keeps_its_own_time_and_a_time_since_something_else_is_not_the_contacts() {
        TreeSet<String> got = happened("2023-11-12", """
                Saudi Foreign Minister Faisal bin Farhan visited Tehran in June, and Iranian Foreign Minister \
                Hossein Amir-Abdollahian travelled to Riyadh in August.

                Erdogan flew to Sochi on Monday morning for his first meeting with Putin since his re-election in May.

                Foreign Minister Mevlut Cavusoglu visited Cairo in March, and Egyptian Foreign Minister Sameh Shoukry \
                travelled to Ankara the following month.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Faisal bin Farhan] 2023-06",
                "Visit [Hossein Amir-Abdollahian] 2023-08",
                "Visit [Erdogan] 2023-11-06",
                "Meeting [Erdogan, Putin] 2023-11-06",
                "Visit [Mevlut Cavusoglu] 2023-03",
                "Visit [Sameh Shoukry] 2023-04")), got);
    }

    @Test
    void a_list_of_talks_each_with_its_city_and_day_gives_each_its_own_meeting_and_visit() {
        TreeSet<String> got = happenedWithPlaces("2023-01-14", """
                Prime Minister Fumio Kishida visited France, Italy and Canada, holding \
                talks with President Emmanuel Macron in Paris on Monday, Prime Minister Giorgia Meloni in Rome on \
                Tuesday and Prime Minister Justin Trudeau in Ottawa on Thursday.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Emmanuel Macron, Fumio Kishida] @Paris 2023-01-09",
                "Meeting [Fumio Kishida, Giorgia Meloni] @Rome 2023-01-10",
                "Meeting [Fumio Kishida, Justin Trudeau] @Ottawa 2023-01-12",
                "Visit [Fumio Kishida] @Paris 2023-01-09",
                "Visit [Fumio Kishida] @Rome 2023-01-10",
                "Visit [Fumio Kishida] @Ottawa 2023-01-12")), got);
    }

    @Test
    void a_visit_in_a_past_year_is_not_the_visit_of_the_story_and_a_past_perfect_call_borrows_no_date() {
        TreeSet<String> got = happened("2024-02-15", """
                Turkish President Recep Tayyip Erdogan arrived in Cairo on Wednesday for talks with Egyptian \
                President Abdel Fattah al-Sisi.

                Erdogan last visited Cairo in 2012, when he held talks with then-President Mohamed Morsi.

                Erdogan had spoken by telephone with al-Sisi after the earthquakes.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Recep Tayyip Erdogan] 2024-02-14",
                "Meeting [Abdel Fattah al-Sisi, Recep Tayyip Erdogan] 2024-02-14",
                "Visit [Recep Tayyip Erdogan] null",
                "Meeting [Mohamed Morsi, Recep Tayyip Erdogan] null",
                "PhoneCall [Abdel Fattah al-Sisi, Recep Tayyip Erdogan] null")), got);
    }

    @Test
    void the_holy_father_is_the_pope_named_before_and_landing_at_a_city_airport_visits_the_city() {
        TreeSet<String> got = happenedWithPlaces("2021-03-08", """
                Pope Francis made the first papal trip to Iraq.

                The Holy Father landed at Baghdad International Airport on Friday, 5 March.
                """);
        assertEquals(new TreeSet<>(List.of("Visit [Francis] @Baghdad 2021-03-05")), got);
    }

    @Test
    void days_after_his_arrival_count_from_the_first_visit_of_the_trip() {
        TreeSet<String> got = happened("2021-03-08", """
                Pope Francis arrived in Baghdad on Friday, 5 March.

                On Saturday, the Pope travelled to Najaf.

                Two days after his arrival, the Pope flew to Erbil.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Francis] 2021-03-05",
                "Visit [Francis] 2021-03-06",
                "Visit [Francis] 2021-03-07")), got);
    }

    @Test
    void the_guest_received_upon_his_arrival_in_a_city_visits_it_that_day() {
        TreeSet<String> got = happenedWithPlaces("2024-02-15", """
                President Abdel Fattah al-Sisi received Turkish President Recep Tayyip Erdogan at the airport upon his \
                arrival in Cairo on Wednesday.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Abdel Fattah al-Sisi, Recep Tayyip Erdogan] @Cairo 2024-02-14",
                "Visit [Recep Tayyip Erdogan] @Cairo 2024-02-14")), got);
    }

    @Test
    void the_eve_and_the_final_day_of_a_summit_are_counted_from_the_days_the_article_gives_it() {
        TreeSet<String> got = happened("2023-09-12", """
                Leaders of the Group of 20 gathered at Bharat Mandapam for the two-day summit, which opened on \
                Saturday and ended on Sunday.

                Prime Minister Narendra Modi hosted US President Joe Biden for dinner on the eve of the summit.

                On the sidelines of the summit on Saturday, Modi held talks with Japanese Prime Minister Fumio Kishida.

                On the final day of the summit, Modi met Canadian Prime Minister Justin Trudeau.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Joe Biden, Narendra Modi] 2023-09-08",
                "Meeting [Fumio Kishida, Narendra Modi] 2023-09-09",
                "Meeting [Justin Trudeau, Narendra Modi] 2023-09-10")), got);
    }

    @Test
    void a_local_weekday_the_article_puts_after_the_dateline_is_the_next_day() {
        TreeSet<String> got = happened("2018-06-11", """
                US President Donald Trump and North Korean leader Kim Jong Un met at a hotel on Sentosa island shortly \
                after 9 a.m. Tuesday local time, which was 9 p.m. Monday in Washington.
                """);
        assertEquals(new TreeSet<>(List.of("Meeting [Donald Trump, Kim Jong Un] 2018-06-12")), got);
        // Without such a sentence, a clock time does not keep a weekday from being the last one before publication.
        TreeSet<String> sochi = happened("2021-09-27", """
                Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi at 3 p.m. Wednesday.
                """);
        assertEquals(new TreeSet<>(List.of("Meeting [Recep Tayyip Erdogan, Vladimir Putin] 2021-09-22")), sochi);
    }

    @Test
    void a_head_of_state_named_by_country_lays_a_wreath_at_a_site_and_all_russia_is_part_of_a_title() {
        TreeSet<String> got = happenedWithPlaces("2022-11-22", """
                Cuban President Miguel Díaz-Canel held talks with Russian President Vladimir Putin on Tuesday.

                The Cuban head of state, who arrived in Moscow on Saturday evening, laid a wreath at the Tomb of the \
                Unknown Soldier on Monday and met with Patriarch Kirill of Moscow and All Russia.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Miguel Díaz-Canel, Vladimir Putin] @null 2022-11-22",
                "Visit [Miguel Díaz-Canel] @Moscow 2022-11-19",
                "Visit [Miguel Díaz-Canel] @Tomb of the Unknown Soldier 2022-11-21",
                "Meeting [Kirill, Miguel Díaz-Canel] @Tomb of the Unknown Soldier 2022-11-21")), got);
    }

    @Test
    void talks_with_one_and_with_another_are_two_meetings_but_company_together_with_a_visitor_is_not() {
        TreeSet<String> got = happened("2025-06-18", """
                On Tuesday, South Korean President Lee Jae Myung held talks with Canadian Prime Minister Mark Carney, \
                the summit host, and with Australian Prime Minister Anthony Albanese.

                Lee also sat down with South African President Cyril Ramaphosa in Kananaskis on Tuesday.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Lee Jae Myung, Mark Carney] 2025-06-17",
                "Meeting [Anthony Albanese, Lee Jae Myung] 2025-06-17",
                "Meeting [Cyril Ramaphosa, Lee Jae Myung] 2025-06-17")), got);
        TreeSet<String> company = happened("2023-06-11", """
                Italian Prime Minister Giorgia Meloni on Sunday returned to Tunis together with Dutch Prime Minister \
                Mark Rutte for talks with President Kais Saied at Carthage Palace.
                """);
        assertEquals(List.of("Meeting [Giorgia Meloni, Kais Saied, Mark Rutte] 2023-06-11"),
                company.stream().filter(e -> e.startsWith("Meeting")).toList());
    }

    @Test
    void the_leaders_of_three_countries_are_the_leaders_the_article_names_for_them() {
        TreeSet<String> got = happened("2021-06-28", """
                The leaders of Egypt, Jordan and Iraq met in Baghdad on Sunday for their first summit in Iraq in decades.

                Iraqi Prime Minister Mustafa al-Kadhimi hosted Egyptian President Abdel Fattah al-Sisi and Jordan's \
                King Abdullah II at the summit.
                """);
        assertEquals(new TreeSet<>(List.of("Meeting [Abdel Fattah al-Sisi, Abdullah II, Mustafa al-Kadhimi] 2021-06-27")), got);
    }

    @Test
    void visits_listed_without_days_take_the_days_of_the_talks_there_and_the_argentine_capital_is_buenos_aires() {
        TreeSet<String> got = happenedWithPlaces("2025-07-09", """
                Before Brazil, Prime Minister Narendra Modi visited Accra and Buenos Aires.

                In Accra on July 2, he held talks with Ghanaian President John Dramani Mahama.

                In the Argentine capital, he held talks with President Javier Milei on Saturday.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Narendra Modi] @Accra 2025-07-02",
                "Visit [Narendra Modi] @Buenos Aires 2025-07-05",
                "Meeting [John Dramani Mahama, Narendra Modi] @Accra 2025-07-02",
                "Meeting [Javier Milei, Narendra Modi] @Buenos Aires 2025-07-05")), got);
    }

    @Test
    void the_sidelines_of_a_summit_told_only_by_a_contact_on_its_day_take_that_day_but_before_the_trip_does_not() {
        TreeSet<String> got = happened("2023-05-20", """
                Crown Prince Mohammed bin Salman received Syrian President Bashar al-Assad in Jeddah on Friday before \
                the opening session of the Arab League summit.

                On the sidelines of the summit, Assad held talks with Tunisian President Kais Saied.

                Assad had spoken by telephone with Egyptian President Abdel Fattah al-Sisi before the trip.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Bashar al-Assad, Mohammed bin Salman] 2023-05-19",
                "Meeting [Bashar al-Assad, Kais Saied] 2023-05-19",
                "PhoneCall [Abdel Fattah al-Sisi, Bashar al-Assad] null")), got);
    }

    @Test
    void the_president_of_a_country_and_a_national_title_the_text_never_tied_to_a_country_are_the_people_named() {
        TreeSet<String> got = happened("2024-10-11", """
                Prime Minister Sonexay Siphandone received Chinese Premier Li Qiang in Vientiane on Thursday.

                The Lao Prime Minister also met Australian Prime Minister Anthony Albanese on Thursday.

                Belarusian President Aleksandr Lukashenko arrived in Vientiane on Thursday.

                On Friday, the President of Belarus met Li Qiang.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Li Qiang, Sonexay Siphandone] 2024-10-10",
                "Meeting [Anthony Albanese, Sonexay Siphandone] 2024-10-10",
                "Visit [Aleksandr Lukashenko] 2024-10-10",
                "Meeting [Aleksandr Lukashenko, Li Qiang] 2024-10-11")), got);
    }

    @Test
    void separate_meetings_with_one_and_with_another_on_a_day_before_a_clause_are_two_dated_meetings() {
        TreeSet<String> got = happened("2024-12-12", """
                Turkish President Recep Tayyip Erdogan first held separate meetings with Ethiopian Prime Minister Abiy \
                Ahmed and with Somali President Hassan Sheikh Mohamud at the Presidential Complex on Wednesday before \
                bringing the two leaders together.
                """);
        assertEquals(new TreeSet<>(List.of("Meeting [Abiy Ahmed, Recep Tayyip Erdogan] 2024-12-11",
                "Meeting [Hassan Sheikh Mohamud, Recep Tayyip Erdogan] 2024-12-11")), got);
    }

    @Test
    void the_two_presidents_are_the_last_pair_of_presidents_not_the_ministers_named_just_before() {
        TreeSet<String> got = happened("2024-02-15", """
                Egyptian President Abdel Fattah al-Sisi received Turkish President Recep Tayyip Erdogan in Cairo on Wednesday.

                Egyptian Foreign Minister Sameh Shoukry met Turkish Foreign Minister Mevlut Cavusoglu in Ankara in April last year.

                The two presidents met in New Delhi in September last year.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Abdel Fattah al-Sisi, Recep Tayyip Erdogan] 2024-02-14",
                "Meeting [Mevlut Cavusoglu, Sameh Shoukry] 2023-04",
                "Meeting [Abdel Fattah al-Sisi, Recep Tayyip Erdogan] 2023-09")), got);
    }

    @Test
    void a_trip_days_before_the_dated_arrival_takes_the_day_of_the_when_clause_that_tells_it() {
        TreeSet<String> got = happenedWithPlaces("2024-05-20", """
                Prime Minister Mark Rutte arrived in Tokyo on Monday, days after he travelled to Seoul.

                The tour began on Thursday, when Rutte made a visit to Seoul and held talks with President Yoon Suk Yeol.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Mark Rutte] @Tokyo 2024-05-20",
                "Visit [Mark Rutte] @Seoul 2024-05-16",
                "Meeting [Mark Rutte, Yoon Suk Yeol] @Seoul 2024-05-16")), got);
    }

    @Test
    void the_two_ministers_include_a_counterpart_and_a_possessor_before_a_name_is_not_the_guest() {
        TreeSet<String> got = happened("2021-06-12", """
                Greek Foreign Minister Nikos Dendias met his Turkish counterpart Mevlut Cavusoglu in Ankara on Friday.

                President Recep Tayyip Erdogan received Dendias later that day.

                The two ministers had met in Brussels in May.

                Their previous encounter was in 2016, when Dendias received Cavusoglu's predecessor, Ahmet Davutoglu, in Athens.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Mevlut Cavusoglu, Nikos Dendias] 2021-06-11",
                "Meeting [Nikos Dendias, Recep Tayyip Erdogan] 2021-06-11",
                "Meeting [Mevlut Cavusoglu, Nikos Dendias] 2021-05",
                "Meeting [Ahmet Davutoglu, Nikos Dendias] null")), got);
    }

    @Test
    void a_where_clause_the_parse_hangs_on_a_day_takes_that_day() {
        TreeSet<String> got = happened("2025-05-28", """
                Prime Minister Shehbaz Sharif is on a four-nation tour, which began in Ankara on Sunday, where Sharif was                 hosted by President Recep Tayyip Erdogan at the presidential complex.
                """);
        assertEquals(new TreeSet<>(List.of("Meeting [Recep Tayyip Erdogan, Shehbaz Sharif] 2025-05-25")), got);
    }

    @Test
    void the_next_day_in_a_clause_counts_from_the_day_of_the_clause_before_it() {
        TreeSet<String> got = happened("2024-06-14", """
                President Yoon Suk Yeol arrived in Ashgabat on Monday, June 10, and held talks with Turkmen President \
                Serdar Berdimuhamedow the next day at the Oguzhan Palace.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Yoon Suk Yeol] 2024-06-10",
                "Meeting [Serdar Berdimuhamedow, Yoon Suk Yeol] 2024-06-11")), got);
    }

    @Test
    void a_clause_with_its_own_day_keeps_it_though_set_days_apart() {
        TreeSet<String> got = happened("2023-12-30", """
                Chinese Foreign Minister Wang Yi spoke by phone with Russian Foreign Minister Sergei Lavrov on Saturday. \
                The call came two days after Wang received Iranian Deputy Foreign Minister Ali Bagheri Kani in Beijing on Thursday.
                """);
        assertEquals(new TreeSet<>(List.of(
                "PhoneCall [Sergei Lavrov, Wang Yi] 2023-12-30",
                "Meeting [Ali Bagheri Kani, Wang Yi] 2023-12-28")), got);
    }

    @Test
    void a_day_earlier_counts_from_the_trip_not_from_the_way_home() {
        TreeSet<String> got = happened("2025-03-18", """
                Ghanaian President John Dramani Mahama hosted Nigerian President Bola Tinubu in Accra on Saturday.

                Tinubu flew into Accra on Saturday morning and returned to Abuja the same evening.

                A day earlier, Mahama received Senegalese President Bassirou Diomaye Faye in Accra.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Bola Tinubu, John Dramani Mahama] 2025-03-15",
                "Visit [Bola Tinubu] 2025-03-15",
                "Meeting [Bassirou Diomaye Faye, John Dramani Mahama] 2025-03-14")), got);
    }

    @Test
    void talks_held_after_a_dated_arrival_take_its_day_not_the_day_of_a_relative_clause() {
        TreeSet<String> got = happenedWithPlaces("2024-02-09", """
                Omani Foreign Minister Badr Albusaidi, who flew to Tehran on Tuesday, arrived in Riyadh on Wednesday and \
                held talks with Saudi Foreign Minister Faisal bin Farhan.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Badr Albusaidi] @Tehran 2024-02-06",
                "Visit [Badr Albusaidi] @Riyadh 2024-02-07",
                "Meeting [Badr Albusaidi, Faisal bin Farhan] @Riyadh 2024-02-07")), got);
    }

    @Test
    void days_of_a_two_day_summit_date_its_side_meetings_and_that_year_is_the_year_stated_before() {
        TreeSet<String> got = happened("2024-06-06", """
                The two-day summit, which opened on Tuesday in Goyang, was the largest gathering Korea has hosted.

                On the sidelines of the first day of the summit, President Yoon Suk Yeol met Mauritanian President \
                Mohamed Ould Ghazouani. On the closing day, Yoon held talks with Ghanaian President Nana Akufo-Addo.

                Uzbek President Shavkat Mirziyoyev last visited Seoul in December 2022, and Yoon first met Kazakh President \
                Kassym-Jomart Tokayev in New York in September that year.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Mohamed Ould Ghazouani, Yoon Suk Yeol] 2024-06-04",
                "Meeting [Nana Akufo-Addo, Yoon Suk Yeol] 2024-06-05",
                "Visit [Shavkat Mirziyoyev] 2022-12",
                "Meeting [Kassym-Jomart Tokayev, Yoon Suk Yeol] 2022-09")), got);
    }

    @Test
    void an_ordinal_day_of_a_month_and_a_bare_ordinal_date_their_contacts_to_the_day() {
        TreeSet<String> got = happened("2024-01-12", """
                Malaysian Prime Minister Anwar Ibrahim received Indonesian President-elect Prabowo Subianto in Putrajaya \
                on the 16th of last month.

                Pakistani Foreign Minister Jalil Abbas Jilani spoke by telephone with Iranian Foreign Minister \
                Hossein Amir-Abdollahian on the 9th, a day after the strikes.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Anwar Ibrahim, Prabowo Subianto] 2023-12-16",
                "PhoneCall [Hossein Amir-Abdollahian, Jalil Abbas Jilani] 2024-01-09")), got);
    }

    @Test
    void a_site_whose_name_begins_with_its_city_keeps_the_whole_name() {
        TreeSet<String> got = happenedWithPlaces("2024-05-25", """
                Pakistani Prime Minister Shehbaz Sharif visited the Tashkent City Hall on Friday.
                """);
        assertEquals(new TreeSet<>(List.of("Visit [Shehbaz Sharif] @Tashkent City Hall 2024-05-24")), got);
    }

    @Test
    void a_minister_who_accompanied_a_dated_visitor_holds_separate_talks_on_that_trip_day() {
        TreeSet<String> got = happened("2024-03-09", """
                Estonian Prime Minister Kaja Kallas flew to Vilnius on Thursday and held talks with Lithuanian President \
                Gitanas Nauseda.

                Defence Minister Hanno Pevkur, who accompanied Kallas, held separate talks with his Lithuanian counterpart \
                Arvydas Anusauskas.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Kaja Kallas] 2024-03-07",
                "Meeting [Gitanas Nauseda, Kaja Kallas] 2024-03-07",
                "Meeting [Arvydas Anusauskas, Hanno Pevkur] 2024-03-07")), got);
    }

    @Test
    void forms_of_address_before_a_name_are_not_part_of_it() {
        TreeSet<String> got = happened("2024-10-08", """
                Datuk Seri Anwar Ibrahim received Taoiseach Simon Harris in Putrajaya on Monday.
                """);
        assertEquals(new TreeSet<>(List.of("Meeting [Anwar Ibrahim, Simon Harris] 2024-10-07")), got);
    }

    @Test
    void a_site_named_after_its_city_or_country_or_ending_in_a_lower_case_noun_is_one_place() {
        TreeSet<String> got = happenedWithPlaces("2024-11-20", """
                On Tuesday, Kenyan President William Ruto visited the Kyoto Imperial Palace.

                On Wednesday, Ruto toured the National Museum of Japan.

                On Wednesday evening, Ruto held talks with Japanese Prime Minister Shigeru Ishiba at the Okura hotel.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [William Ruto] @Kyoto Imperial Palace 2024-11-19",
                "Visit [William Ruto] @National Museum of Japan 2024-11-20",
                "Meeting [Shigeru Ishiba, William Ruto] @Okura hotel 2024-11-20")), got);
    }

    @Test
    void a_tribute_at_a_memorial_is_a_visit_to_the_place_inside_it_or_to_the_memorial_it_names() {
        TreeSet<String> got = happenedWithPlaces("2024-04-12", """
                On Wednesday, Colombian President Gustavo Petro laid a wreath at the tomb of Jorge Eliécer Gaitán in Caracas.

                On Thursday, Petro placed flowers at the statue of José Martí.

                Later, Petro paid tribute in Barquisimeto to the victims of the floods.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Gustavo Petro] @Caracas 2024-04-10",
                "Visit [Gustavo Petro] @statue of José Martí 2024-04-11",
                "Visit [Gustavo Petro] @Barquisimeto 2024-04-11")), got);
    }

    @Test
    void a_trip_that_took_someone_to_a_place_is_a_visit_there() {
        TreeSet<String> got = happenedWithPlaces("2025-06-10", """
                Canadian Prime Minister Mark Carney's first trip abroad took him to Paris in March, where he was received                 by President Emmanuel Macron.

                Chilean President Gabriel Boric, whose first foreign trip brought him to Buenos Aires in April 2022, has                 visited Brazil twice since.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Mark Carney] @Paris 2025-03",
                "Meeting [Emmanuel Macron, Mark Carney] @Paris 2025-03",
                "Visit [Gabriel Boric] @Buenos Aires 2022-04")), got);
    }

    @Test
    void the_royal_couple_is_the_king_and_queen_named_before() {
        TreeSet<String> got = happened("2024-09-04", """
                King Harald and Queen Sonja arrived in Reykjavik on Tuesday for a three-day state visit.

                The royal couple were welcomed at the airport by Icelandic President Halla Tomasdottir.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Harald, Sonja] 2024-09-03",
                "Meeting [Halla Tomasdottir, Harald, Sonja] 2024-09-03")), got);
    }

    @Test
    void each_place_a_tour_began_or_continued_in_is_a_visit_by_its_owner() {
        TreeSet<String> got = happenedWithPlaces("2024-03-08", """
                Peru is the third stop of a tour that began in Mexico, where Lula held talks with President Andrés                 Manuel López Obrador on Monday.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Lula] @Mexico 2024-03-04",
                "Meeting [Andrés Manuel López Obrador, Lula] @Mexico 2024-03-04")), got);
    }

    @Test
    void the_first_leader_to_visit_a_place_visited_it() {
        TreeSet<String> got = happenedWithPlaces("2024-07-02", """
                Indian Prime Minister Narendra Modi became the first Indian head of government to visit Brunei in                 September last year.

                Anthony Albanese would be the first Australian prime minister to visit Tuvalu.
                """);
        assertEquals(new TreeSet<>(List.of("Visit [Narendra Modi] @Brunei 2023-09")), got);
    }

    @Test
    void a_guest_hosted_during_a_state_visit_made_the_visit() {
        TreeSet<String> got = happenedWithPlaces("2024-05-03", """
                President Cyril Ramaphosa, who was hosted by President Lula in Brasilia in August last year during a                 state visit to Brazil, praised the partnership.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Cyril Ramaphosa, Lula] @Brasilia 2023-08",
                "Visit [Cyril Ramaphosa] @Brasilia 2023-08")), got);
    }

    @Test
    void brief_meetings_with_two_leaders_are_a_meeting_with_each() {
        TreeSet<String> got = happened("2023-08-16", """
                President Santiago Peña also held brief meetings with Chilean President Gabriel Boric and Bolivian                 President Luis Arce in Asunción on Tuesday.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Gabriel Boric, Santiago Peña] 2023-08-15",
                "Meeting [Luis Arce, Santiago Peña] 2023-08-15")), got);
    }

    @Test
    void landing_in_the_morning_is_the_morning_of_the_day_told_before() {
        TreeSet<String> got = happened("2023-01-30", """
                Premier Giorgia Meloni met the head of Libya's Government of National Unity, Abdul Hamid Dbeibah, in \
                Tripoli on Saturday, on her second trip to North Africa in a week.

                Meloni landed in Tripoli in the morning.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Abdul Hamid Dbeibah, Giorgia Meloni] 2023-01-28",
                "Visit [Giorgia Meloni] 2023-01-28")), got);
    }

    @Test
    void the_current_chair_gives_no_date_so_the_first_day_of_the_summit_does() {
        TreeSet<String> got = happened("2024-06-05", """
                The two-day summit, which opened on Tuesday at the Korea International Exhibition Center, was the \
                largest multilateral gathering Korea has hosted.

                On the sidelines of the first day of the summit, Yoon Suk Yeol met Mauritanian President Mohamed Ould \
                Ghazouani, the current chair of the African Union.
                """);
        assertEquals(new TreeSet<>(List.of("Meeting [Mohamed Ould Ghazouani, Yoon Suk Yeol] 2024-06-04")), got);
    }

    @Test
    void a_present_perfect_lead_is_dated_today_whatever_came_first_since_a_year() {
        TreeSet<String> got = happened("2023-11-07", """
                Prime Minister Anthony Albanese has met Chinese Premier Li Qiang in Beijing for the annual leaders' \
                meeting, the first held since 2019, with both sides declaring relations back on a "positive track".
                """);
        assertEquals(new TreeSet<>(List.of("Meeting [Anthony Albanese, Li Qiang] 2023-11-07")), got);
    }

    @Test
    void the_first_head_of_state_to_visit_as_the_object_of_became_visited() {
        TreeSet<String> got = happenedWithPlaces("2024-09-03", """
                French President Emmanuel Macron became the first French head of state to visit Mongolia in May last year.
                """);
        assertEquals(new TreeSet<>(List.of("Visit [Emmanuel Macron] @Mongolia 2023-05")), got);
    }

    @Test
    void a_call_on_a_weekday_named_with_its_year_is_that_weekday() {
        TreeSet<String> got = happened("2025-01-02", """
                Prime Minister Anwar Ibrahim spoke by telephone with Indonesian President Prabowo Subianto on Tuesday, \
                the last day of 2024, to discuss Malaysia's chairmanship of ASEAN this year.
                """);
        assertEquals(new TreeSet<>(List.of("PhoneCall [Anwar Ibrahim, Prabowo Subianto] 2024-12-31")), got);
    }

    @Test
    void travelling_on_after_a_planned_address_is_planned_too() {
        TreeSet<String> got = happenedWithPlaces("2023-04-22", """
                Brazilian President Luiz Inácio Lula da Silva landed in Lisbon on Friday night.

                On Tuesday Lula is due to address a formal session of the Assembly of the Republic, before travelling \
                to Madrid for talks with Spanish Prime Minister Pedro Sánchez.
                """);
        assertEquals(new TreeSet<>(List.of("Visit [Luiz Inácio Lula da Silva] @Lisbon 2023-04-21")), got);
    }

    @Test
    void a_call_after_the_talks_with_someone_has_the_day_of_those_talks() {
        TreeSet<String> got = happened("2022-03-27", """
                Chinese Foreign Minister Wang Yi held delegation-level talks with Foreign Minister Narayan Khadka at \
                Singha Durbar on Saturday.

                He had flown in from New Delhi, where he held separate meetings with his Indian counterpart S Jaishankar \
                on Friday morning.

                After the talks with Khadka, Wang called on Prime Minister Sher Bahadur Deuba at the Prime Minister's \
                official residence in Baluwatar.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Meeting [Narayan Khadka, Wang Yi] 2022-03-26",
                "Meeting [S Jaishankar, Wang Yi] 2022-03-25",
                "Meeting [Sher Bahadur Deuba, Wang Yi] 2022-03-26")), got);
    }

    @Test
    void ministers_who_had_met_before_the_press_conference_met_on_its_day() {
        TreeSet<String> got = happened("2021-04-16", """
                Foreign Minister Nikos Dendias and his Turkish counterpart Mevlut Cavusoglu engaged in a heated exchange \
                in front of the cameras at a joint press conference in Ankara on Thursday.

                Turkish state news agency Anadolu reported that the two ministers had met for about an hour before the \
                press conference.
                """);
        assertEquals(new TreeSet<>(List.of("Meeting [Mevlut Cavusoglu, Nikos Dendias] 2021-04-15")), got);
    }

    @Test
    void a_sentence_opening_with_the_city_of_a_visit_has_that_visits_day() {
        TreeSet<String> got = happenedWithPlaces("2024-04-24", """
                Iranian President Ebrahim Raisi flew to Lahore on Tuesday on the second day of a visit to Pakistan.

                Raisi arrived in Islamabad on Monday morning and held talks with Prime Minister Shehbaz Sharif.

                In Lahore, Raisi laid a wreath at Allama Iqbal's mausoleum.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Ebrahim Raisi] @Lahore 2024-04-23",
                "Visit [Ebrahim Raisi] @Islamabad 2024-04-22",
                "Meeting [Ebrahim Raisi, Shehbaz Sharif] @Islamabad 2024-04-22",
                "Visit [Ebrahim Raisi] @Allama Iqbal's mausoleum 2024-04-23")), got);
    }

    @Test
    void that_day_after_a_title_beside_the_name_is_the_day_told_before() {
        TreeSet<String> got = happened("2024-06-17", """
                Yoon Suk Yeol arrived in Ashgabat on Monday, June 10, and held summit talks with Turkmen President Serdar \
                Berdimuhamedow the next day at the Oguzhan Palace. He also met the country's former leader, Gurbanguly \
                Berdimuhamedow, the chairman of the upper house, that day.
                """);
        assertEquals(new TreeSet<>(List.of(
                "Visit [Yoon Suk Yeol] 2024-06-10",
                "Meeting [Serdar Berdimuhamedow, Yoon Suk Yeol] 2024-06-11",
                "Meeting [Gurbanguly Berdimuhamedow, Yoon Suk Yeol] 2024-06-11")), got);
    }
}
