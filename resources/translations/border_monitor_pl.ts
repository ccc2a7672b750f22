<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="29"/>
        <source>About Border Monitor</source>
        <translation>O programie Border Monitor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="43"/>
        <source>Incidents on the Lithuanian, Latvian and Polish borders with Belarus.</source>
        <translation>Incydenty na granicy Litwy, Łotwy i Polski z Białorusią.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="44"/>
        <source>Python %1, Qt %2, PySide6 %3</source>
        <translation>Python %1, Qt %2, PySide6 %3</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="48"/>
        <source>Store</source>
        <translation>Magazyn</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="51"/>
        <source>The incidents in this store are a synthetic scenario made up for demonstration and training. They follow the public figures of 2021 in outline, but no record is a real event.</source>
        <translation>Incydenty w tym magazynie to syntetyczny scenariusz przygotowany do prezentacji i szkoleń. W zarysie odpowiadają publicznym danym z 2021 roku, ale żaden wpis nie jest prawdziwym zdarzeniem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="56"/>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="57"/>
        <source>Borders and countries: © OpenStreetMap contributors, available under the Open Database Licence (ODbL).</source>
        <translation>Granice i państwa: © współtwórcy OpenStreetMap, dostępne na licencji Open Database Licence (ODbL).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="59"/>
        <source>Map library: Leaflet (BSD-2-Clause); map page built with folium (MIT).</source>
        <translation>Biblioteka map: Leaflet (BSD-2-Clause); strona mapy zbudowana za pomocą folium (MIT).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="61"/>
        <source>Licence: EUPL-1.2</source>
        <translation>Licencja: EUPL-1.2</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="41"/>
        <source>Alerts</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="92"/>
        <source>No early warning: the store holds no sectors or no incidents.</source>
        <translation>Brak wczesnego ostrzegania: magazyn nie zawiera sektorów lub incydentów.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="104"/>
        <source>Sectors elevated or high</source>
        <translation>Sektory o poziomie podwyższonym lub wysokim</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="113"/>
        <source>and %1 more</source>
        <translation>i jeszcze %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="115"/>
        <source>No sector elevated or high</source>
        <translation>Brak sektorów o poziomie podwyższonym lub wysokim</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="121"/>
        <source>Shifts in pressure</source>
        <translation>Przesunięcia presji</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="128"/>
        <source>24 h: %1 · 7 d: %2</source>
        <translation>24 godz.: %1 · 7 dni: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="133"/>
        <source>24 h: %1 (exp. %2) · 7 d: %3 (exp. %4)</source>
        <translation>24 godz.: %1 (oczek. %2) · 7 dni: %3 (oczek. %4)</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="161"/>
        <source>Add...</source>
        <translation>Dodaj...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="162"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="163"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="164"/>
        <source>Attach photos or documents to this incident</source>
        <translation>Dołącz zdjęcia lub dokumenty do tego incydentu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="165"/>
        <source>Open the selected file with the system&apos;s viewer</source>
        <translation>Otwórz wybrany plik w przeglądarce systemowej</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="166"/>
        <source>Remove the selected files from the store</source>
        <translation>Usuń wybrane pliki z magazynu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="205"/>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="206"/>
        <source>are kept in GeoPackage stores only; this shared store holds none.</source>
        <translation>są przechowywane tylko w magazynach GeoPackage; ten wspólny magazyn ich nie zawiera.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="219"/>
        <source>%1
%2, %3
added %4 by %5</source>
        <translation>%1
%2, %3
dodał(a) %5, %4</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="224"/>
        <source>Attachments (%1)</source>
        <translation>Załączniki (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="242"/>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="243"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.heic *.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt *.mp4);;All files (*)</source>
        <translation>Zdjęcia i dokumenty (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.heic *.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt *.mp4);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="263"/>
        <source>Attach refused</source>
        <translation>Załącznik odrzucony</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="275"/>
        <location filename="../../border_monitor/ui/attachments_section.py" line="278"/>
        <source>Cannot open the attachment</source>
        <translation>Nie można otworzyć załącznika</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="279"/>
        <source>No program on this computer opens %1 (%2); it was saved as %3</source>
        <translation>Na tym komputerze nie ma programu otwierającego %1 (%2); zapisano go jako %3</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="290"/>
        <source>Remove attachments</source>
        <translation>Usuń załączniki</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="291"/>
        <source>Remove %1 from the store? The audit log keeps its name and checksum, not the file.</source>
        <translation>Usunąć %1 z magazynu? Dziennik audytu zachowa nazwę i sumę kontrolną, nie plik.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="306"/>
        <source>Remove refused</source>
        <translation>Usunięcie odrzucone</translation>
    </message>
</context>
<context>
    <name>BriefingMode</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/mode.py" line="26"/>
        <source>&amp;Briefing mode</source>
        <translation>Tryb &amp;odprawy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/mode.py" line="29"/>
        <source>The wall display: map, impact levels, figures and alerts, full screen (Esc leaves)</source>
        <translation>Ekran ścienny: mapa, poziomy zagrożenia, liczby i ostrzeżenia na pełnym ekranie (Esc wychodzi)</translation>
    </message>
</context>
<context>
    <name>BriefingTimeline</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/timeline.py" line="37"/>
        <source>Incidents per day (last 7 days shaded)</source>
        <translation>Incydenty dziennie (ostatnie 7 dni zacienione)</translation>
    </message>
</context>
<context>
    <name>BriefingWindow</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="66"/>
        <source>Border Monitor - Briefing</source>
        <translation>Border Monitor - odprawa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="77"/>
        <source>Border situation</source>
        <translation>Sytuacja na granicy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="81"/>
        <source>DEMO</source>
        <translation>DEMONSTRACJA</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="82"/>
        <source>DEMO - synthetic data</source>
        <translation>DEMO - dane syntetyczne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="209"/>
        <source>As of %1: the store&apos;s newest data</source>
        <translation>Stan na %1: najnowsze dane magazynu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="210"/>
        <source>As of %1 (given)</source>
        <translation>Stan na %1 (podany)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="217"/>
        <source>the end of %1</source>
        <translation>koniec %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="222"/>
        <source>last 24 h</source>
        <translation>ostatnie 24 godz.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="222"/>
        <source>last 7 days</source>
        <translation>ostatnie 7 dni</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="243"/>
        <source>The store holds no incidents</source>
        <translation>Magazyn nie zawiera incydentów</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="246"/>
        <source>Data as of %1</source>
        <translation>Dane na %1</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="36"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="37"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="38"/>
        <source>Type and persons</source>
        <translation>Typ i osoby</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="39"/>
        <source>Position</source>
        <translation>Położenie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="40"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="41"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="43"/>
        <source>Deleted or kept</source>
        <translation>Usunięty czy zachowany</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="79"/>
        <source>Keep the picked fields</source>
        <translation>Zachowaj wybrane pola</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="81"/>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="224"/>
        <source>Merge field by field: keep the version picked in each row</source>
        <translation>Scal pole po polu: zachowaj wersję wybraną w każdym wierszu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="83"/>
        <source>%1 marks the provisional winner, which the store shows until someone picks.</source>
        <translation>%1 oznacza tymczasowo wygrywającą wersję, którą magazyn pokazuje, dopóki ktoś nie wybierze.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="117"/>
        <source>No store is open.</source>
        <translation>Żaden magazyn nie jest otwarty.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="119"/>
        <source>The store is open read-only: conflicts cannot be resolved here.</source>
        <translation>Magazyn jest otwarty tylko do odczytu: tu nie można rozwiązać konfliktów.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="144"/>
        <source>No conflicts: every synced change merged.</source>
        <translation>Brak konfliktów: każda zsynchronizowana zmiana została scalona.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="145"/>
        <source>%n incident(s) changed on two stores in ways sync cannot merge.</source>
        <translation>
            <numerusform>%n incydent zmieniono w dwóch magazynach tak, że synchronizacja nie może go scalić.</numerusform>
            <numerusform>%n incydenty zmieniono w dwóch magazynach tak, że synchronizacja nie może ich scalić.</numerusform>
            <numerusform>%n incydentów zmieniono w dwóch magazynach tak, że synchronizacja nie może ich scalić.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="178"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="181"/>
        <source>Version by %1</source>
        <translation>Wersja: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="201"/>
        <source>(revision %1)</source>
        <translation>(wersja %1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="210"/>
        <source>Keep this: %1</source>
        <translation>Zachowaj tę: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="212"/>
        <source>Keep the version by %1 for every field in conflict</source>
        <translation>Zachowaj wersję %1 dla każdego pola w konflikcie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="267"/>
        <source>Resolve a conflict</source>
        <translation>Rozwiąż konflikt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="268"/>
        <source>Writing the versions kept...</source>
        <translation>Zapisywanie zachowanych wersji...</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="97"/>
        <source>Connect to shared store</source>
        <translation>Połącz z magazynem wspólnym</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="106"/>
        <source>Remember the password in the system keyring</source>
        <translation>Zapamiętaj hasło w systemowym magazynie kluczy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="110"/>
        <source>No system keyring is available: the password is asked each time.</source>
        <translation>Brak systemowego magazynu kluczy: hasło będzie pytane za każdym razem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="114"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="115"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="116"/>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="117"/>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="118"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="121"/>
        <source>&amp;Connect</source>
        <translation>P&amp;ołącz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="150"/>
        <source>Name the server (a host name or address).</source>
        <translation>Podaj serwer (nazwę hosta lub adres).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="152"/>
        <source>Name the database of the shared store.</source>
        <translation>Podaj bazę danych magazynu wspólnego.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="154"/>
        <source>Name the database user to connect as.</source>
        <translation>Podaj użytkownika bazy danych, jako który się połączyć.</translation>
    </message>
</context>
<context>
    <name>CoordinateEdit</name>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="45"/>
        <source>Written as: {0}</source>
        <extracomment>The systems offered in the form, in this order (LAEA stays available to the CLI).</extracomment>
        <translation>Zapis: {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="124"/>
        <source>WGS 84: {0}</source>
        <translation>WGS 84: {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="160"/>
        <source>northing easting</source>
        <translation>północ (X) wschód (Y)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="160"/>
        <source>easting northing</source>
        <translation>wschód północ</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="118"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="113"/>
        <source>Time (UTC)</source>
        <translation>Czas (UTC)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="89"/>
        <source>No incident selected.</source>
        <translation>Nie wybrano incydentu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="122"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="123"/>
        <source>Border</source>
        <translation>Granica</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="124"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="125"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="126"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="127"/>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="128"/>
        <source>Nationalities</source>
        <translation>Obywatelstwa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="129"/>
        <source>Position</source>
        <translation>Położenie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="130"/>
        <source>Distance to border</source>
        <translation>Odległość od granicy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="131"/>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="132"/>
        <source>In border zone</source>
        <translation>W strefie nadgranicznej</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="133"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="133"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="134"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="135"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="136"/>
        <source>Revision</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="137"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="138"/>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="139"/>
        <source>Origin</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="140"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="144"/>
        <source>%1 incidents selected; showing the last one.</source>
        <translation>Zaznaczone incydenty: %1; widoczny ostatni.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="147"/>
        <source>This incident is deleted.</source>
        <translation>Ten incydent jest usunięty.</translation>
    </message>
</context>
<context>
    <name>Distances</name>
    <message>
        <location filename="../../border_monitor/ui/text/distances.py" line="14"/>
        <location filename="../../border_monitor/ui/text/distances.py" line="31"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/distances.py" line="16"/>
        <location filename="../../border_monitor/ui/text/distances.py" line="32"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/distances.py" line="21"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/distances.py" line="23"/>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/distances.py" line="25"/>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="97"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="100"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="114"/>
        <source>&amp;New incident...</source>
        <translation>&amp;Nowy incydent...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="115"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="228"/>
        <source>Record a new incident</source>
        <translation>Zarejestruj nowy incydent</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="116"/>
        <source>New incident &amp;here...</source>
        <translation>Nowy incydent &amp;tutaj...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="117"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="229"/>
        <source>Record an incident at this point</source>
        <translation>Zarejestruj incydent w tym miejscu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="118"/>
        <source>&amp;Edit incident...</source>
        <translation>&amp;Edytuj incydent...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="119"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="234"/>
        <source>Edit the selected incident (Enter in the table)</source>
        <translation>Edytuj zaznaczony incydent (Enter w tabeli)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="120"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="122"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="237"/>
        <source>Delete the selected incidents (they can be restored)</source>
        <translation>Usuń zaznaczone incydenty (można je przywrócić)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="123"/>
        <source>Restore &amp;deleted...</source>
        <translation>Przywróć &amp;usunięte...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="124"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="231"/>
        <source>Bring back deleted incidents</source>
        <translation>Przywróć usunięte incydenty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="125"/>
        <source>&amp;Copy coordinates</source>
        <translation>&amp;Kopiuj współrzędne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="126"/>
        <source>Copy the position in the chosen system</source>
        <translation>Kopiuj położenie w wybranym układzie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="127"/>
        <source>Copy coordinates of this &amp;point</source>
        <translation>Kopiuj współrzędne tego &amp;punktu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="130"/>
        <source>Set &amp;status</source>
        <translation>Ustaw &amp;status</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="140"/>
        <source>Coordinate s&amp;ystem</source>
        <translation>Układ &amp;współrzędnych</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="181"/>
        <source>Editing</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="207"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="305"/>
        <source>Edit incident</source>
        <translation>Edytuj incydent</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="282"/>
        <source>You are connected as %1: you record incidents of %2 only.</source>
        <translation>Połączono jako %1: rejestrujesz tylko zdarzenia %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="302"/>
        <source>New incident</source>
        <translation>Nowy incydent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="322"/>
        <source>Set status %1 on %Ln incident(s)</source>
        <translation>
            <numerusform>Status %1 dla %Ln incydentu</numerusform>
            <numerusform>Status %1 dla %Ln incydentów</numerusform>
            <numerusform>Status %1 dla %Ln incydentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="346"/>
        <source>Delete %Ln incident(s)</source>
        <translation>
            <numerusform>Usuń %Ln incydent</numerusform>
            <numerusform>Usuń %Ln incydenty</numerusform>
            <numerusform>Usuń %Ln incydentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="352"/>
        <source>Restore %Ln incident(s)</source>
        <translation>
            <numerusform>Przywróć %Ln incydent</numerusform>
            <numerusform>Przywróć %Ln incydenty</numerusform>
            <numerusform>Przywróć %Ln incydentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="360"/>
        <source>import of %1 (%Ln incident(s))</source>
        <translation>
            <numerusform>import %1 (%Ln incydent)</numerusform>
            <numerusform>import %1 (%Ln incydenty)</numerusform>
            <numerusform>import %1 (%Ln incydentów)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="337"/>
        <source>Move incident</source>
        <translation>Przenieś incydent</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="393"/>
        <source>Copied {0}</source>
        <translation>Skopiowano: {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="403"/>
        <source>Copy {0}</source>
        <translation>Kopiuj {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="427"/>
        <source>Edit refused</source>
        <translation>Edycja odrzucona</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../border_monitor/ui/actions/export_dialog.py" line="20"/>
        <source>CSV table</source>
        <translation>Tabela CSV</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/export_dialog.py" line="21"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/export_dialog.py" line="22"/>
        <source>KML (Google Earth)</source>
        <translation>KML (Google Earth)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/export_dialog.py" line="23"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/export_dialog.py" line="24"/>
        <source>Excel workbook</source>
        <translation>Skoroszyt Excel</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="57"/>
        <source>Headline figures</source>
        <translation>Najważniejsze liczby</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>7 days</source>
        <translation>7 dni</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>vs week before</source>
        <translation>wobec tygodnia wcześniej</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="130"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="145"/>
        <source>Top: %1</source>
        <translation>Najwięcej: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="147"/>
        <source>No persons in the last 7 days</source>
        <translation>Brak osób w ostatnich 7 dniach</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="148"/>
        <source>%1 persons today</source>
        <translation>Osoby dziś: %1</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="71"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="93"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="95"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="104"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="106"/>
        <source>Open store</source>
        <translation>Otwórz magazyn</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="72"/>
        <source>Border Monitor stores (*.gpkg);;All files (*)</source>
        <translation>Magazyny Border Monitor (*.gpkg);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="90"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="101"/>
        <source>Opened %1</source>
        <translation>Otwarto: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="93"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="104"/>
        <source>Opening %1...</source>
        <translation>Otwieranie %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="114"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="144"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="198"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="212"/>
        <source>Import incidents</source>
        <translation>Importuj incydenty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="115"/>
        <source>Incident files (%1);;All files (*)</source>
        <translation>Pliki incydentów (%1);;Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="152"/>
        <source>%1: %Ln row(s) have problems and cannot be imported:</source>
        <translation>
            <numerusform>%1: %Ln wiersz ma błędy i nie może zostać zaimportowany:</numerusform>
            <numerusform>%1: %Ln wiersze mają błędy i nie mogą zostać zaimportowane:</numerusform>
            <numerusform>%1: %Ln wierszy ma błędy i nie może zostać zaimportowanych:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="159"/>
        <source>Import the %Ln good row(s)?</source>
        <translation>
            <numerusform>Zaimportować %Ln poprawny wiersz?</numerusform>
            <numerusform>Zaimportować %Ln poprawne wiersze?</numerusform>
            <numerusform>Zaimportować %Ln poprawnych wierszy?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="186"/>
        <source>%Ln incident(s) lie on the Belarusian side, up to %1 km from the line.</source>
        <translation>
            <numerusform>%Ln incydent leży po stronie białoruskiej, do %1 km od linii granicy.</numerusform>
            <numerusform>%Ln incydenty leżą po stronie białoruskiej, do %1 km od linii granicy.</numerusform>
            <numerusform>%Ln incydentów leży po stronie białoruskiej, do %1 km od linii granicy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="195"/>
        <source>%Ln of them lie more than 1 km inside: often a mistyped coordinate.</source>
        <translation>
            <numerusform>%Ln z nich leży ponad 1 km w głąb: często to błędnie wpisana współrzędna.</numerusform>
            <numerusform>%Ln z nich leżą ponad 1 km w głąb: często to błędnie wpisana współrzędna.</numerusform>
            <numerusform>%Ln z nich leży ponad 1 km w głąb: często to błędnie wpisana współrzędna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="197"/>
        <source>Store all %Ln incident(s) of %1?</source>
        <translation>
            <numerusform>Zapisać %Ln incydent z %1?</numerusform>
            <numerusform>Zapisać wszystkie %Ln incydenty z %1?</numerusform>
            <numerusform>Zapisać wszystkie %Ln incydentów z %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="219"/>
        <source>Imported %Ln incident(s) from %1.</source>
        <translation>
            <numerusform>Zaimportowano %Ln incydent z %1.</numerusform>
            <numerusform>Zaimportowano %Ln incydenty z %1.</numerusform>
            <numerusform>Zaimportowano %Ln incydentów z %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="226"/>
        <source>Writing %Ln incident(s)...</source>
        <translation>
            <numerusform>Zapisywanie %Ln incydentu...</numerusform>
            <numerusform>Zapisywanie %Ln incydentów...</numerusform>
            <numerusform>Zapisywanie %Ln incydentów...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="254"/>
        <source>Exported %Ln incident(s) to %1</source>
        <translation>
            <numerusform>Wyeksportowano %Ln incydent do %1</numerusform>
            <numerusform>Wyeksportowano %Ln incydenty do %1</numerusform>
            <numerusform>Wyeksportowano %Ln incydentów do %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="266"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="279"/>
        <source>Add a base map</source>
        <translation>Dodaj mapę podkładową</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="267"/>
        <source>Base maps (*.gpkg *.mbtiles);;All files (*)</source>
        <translation>Mapy podkładowe (*.gpkg *.mbtiles);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="155"/>
        <source>... and %1 more.</source>
        <translation>... i jeszcze %1.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="173"/>
        <source>%1 holds no incidents.</source>
        <translation>%1 nie zawiera incydentów.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="177"/>
        <source>Reading %1...</source>
        <translation>Odczyt %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="234"/>
        <source>Export the incidents in the filter</source>
        <translation>Eksportuj incydenty z filtra</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="250"/>
        <source>Export incidents</source>
        <translation>Eksportuj incydenty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="258"/>
        <source>Writing %1...</source>
        <translation>Zapis %1...</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="81"/>
        <location filename="../../border_monitor/ui/filters_panel.py" line="85"/>
        <source>Clear area</source>
        <translation>Wyczyść obszar</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="86"/>
        <source>Clear area: stop filtering by the box drawn on the map</source>
        <translation>Wyczyść obszar: przestań filtrować według prostokąta narysowanego na mapie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="92"/>
        <source>Dates (local time of the reporting country)</source>
        <translation>Daty (czas lokalny kraju zgłaszającego)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="94"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="96"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="108"/>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="110"/>
        <source>Incident types</source>
        <translation>Typy incydentów</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="112"/>
        <source>Statuses</source>
        <translation>Statusy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="117"/>
        <source>Text in description, source, sector, nationality</source>
        <translation>Tekst w opisie, źródle, sektorze, obywatelstwie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="121"/>
        <source>Zoom to results</source>
        <translation>Przybliż do wyników</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="123"/>
        <source>Fit the map to the incidents in the filter</source>
        <translation>Dopasuj mapę do incydentów w filtrze</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="124"/>
        <source>Clear filter</source>
        <translation>Wyczyść filtr</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="208"/>
        <source>Area: %1</source>
        <translation>Obszar: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>When</source>
        <extracomment>Written by the store on every write; not worth a line in the history. Shown for a create, in this order.</extracomment>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="84"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="90"/>
        <location filename="../../border_monitor/ui/editing/history.py" line="130"/>
        <source>No incident selected.</source>
        <translation>Nie wybrano incydentu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="140"/>
        <source>No recorded changes.</source>
        <translation>Brak zapisanych zmian.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="161"/>
        <source>origin: {0}</source>
        <translation>pochodzenie: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="51"/>
        <source>(not imported)</source>
        <extracomment>The coordinate systems offered, after &quot;found from the values&quot;.</extracomment>
        <translation>(nie importować)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="52"/>
        <source>Date (and time)</source>
        <translation>Data (i godzina)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="53"/>
        <source>Time of day</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="54"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="55"/>
        <source>Incident type</source>
        <translation>Typ incydentu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="56"/>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="57"/>
        <source>Nationalities</source>
        <translation>Obywatelstwa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="58"/>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="59"/>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="60"/>
        <source>X (national grid: northing)</source>
        <translation>X (układ krajowy: północ)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="61"/>
        <source>Y (national grid: easting)</source>
        <translation>Y (układ krajowy: wschód)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="62"/>
        <source>Northing</source>
        <translation>Współrzędna północna</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="63"/>
        <source>Easting</source>
        <translation>Współrzędna wschodnia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="64"/>
        <source>MGRS reference</source>
        <translation>Współrzędne MGRS</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="65"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="66"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="68"/>
        <source>Id (UUID)</source>
        <translation>ID (UUID)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="98"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="102"/>
        <source>encoding %1</source>
        <translation>kodowanie %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="104"/>
        <source>separator %1</source>
        <translation>separator %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="106"/>
        <source>sheet %1, header on row %2</source>
        <translation>arkusz %1, nagłówek w wierszu %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="108"/>
        <source>%1 (%2): the first %3 rows as read</source>
        <translation>%1 (%2): pierwsze %3 wiersze w odczytanej postaci</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="115"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="136"/>
        <source>Found from the values</source>
        <translation>Rozpoznane z wartości</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="147"/>
        <source>Profile name, e.g. VSAT daily report</source>
        <translation>Nazwa profilu, np. dobowy meldunek SG</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="148"/>
        <source>Save profile</source>
        <translation>Zapisz profil</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="165"/>
        <source>Coordinate system:</source>
        <translation>Układ współrzędnych:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="166"/>
        <source>Mapping profile:</source>
        <translation>Profil mapowania:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="169"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="236"/>
        <source>(guessed from the headers)</source>
        <translation>(odgadnięte z nagłówków)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="239"/>
        <source>%1 (other columns)</source>
        <translation>%1 (inne kolumny)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="276"/>
        <source>Type a name for the profile first</source>
        <translation>Najpierw wpisz nazwę profilu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="293"/>
        <source>Checking the file...</source>
        <translation>Sprawdzanie pliku...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="309"/>
        <source>The file cannot be imported this way:</source>
        <translation>Tego pliku nie można zaimportować w ten sposób:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="318"/>
        <source>%Ln of %1 row(s) would be rejected; the first reasons:</source>
        <translation>
            <numerusform>%Ln z %1 wierszy zostałby odrzucony; pierwsze powody:</numerusform>
            <numerusform>%Ln z %1 wierszy zostałyby odrzucone; pierwsze powody:</numerusform>
            <numerusform>%Ln z %1 wierszy zostałoby odrzuconych; pierwsze powody:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="320"/>
        <source>All %1 rows can be imported.</source>
        <translation>Można zaimportować wszystkie wiersze (%1).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="323"/>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="59"/>
        <source>New incident</source>
        <translation>Nowy incydent</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="59"/>
        <source>Edit incident</source>
        <translation>Edytuj incydent</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="105"/>
        <source>Time (local)</source>
        <translation>Czas (lokalny)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="110"/>
        <source>Reporting country</source>
        <translation>Kraj zgłaszający</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="115"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="119"/>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="122"/>
        <source>Nationalities</source>
        <translation>Obywatelstwa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="125"/>
        <source>Location</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="130"/>
        <source>Derived</source>
        <translation>Dane wyliczone</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="135"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="138"/>
        <source>e.g. patrol, camera, report number</source>
        <translation>np. patrol, kamera, numer meldunku</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="139"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="325"/>
        <source>&apos;%1&apos; %2.</source>
        <translation>„%1” %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="334"/>
        <source>Position on the Belarusian side</source>
        <translation>Położenie po stronie białoruskiej</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="335"/>
        <source>The position lies on the Belarusian side of the border. Save the incident as an observation across the line?</source>
        <translation>Położenie leży po białoruskiej stronie granicy. Zapisać incydent jako obserwację przez linię granicy?</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Nationalities</source>
        <translation>Obywatelstwa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Distance to border</source>
        <translation>Odległość od granicy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="243"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="269"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>LanguageActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/language.py" line="43"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="69"/>
        <location filename="../../border_monitor/ui/main_window.py" line="278"/>
        <source>Border Monitor</source>
        <translation>Border Monitor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="81"/>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="82"/>
        <source>Incident details</source>
        <translation>Szczegóły incydentu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="84"/>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="85"/>
        <source>Incidents</source>
        <translation>Incydenty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="178"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="182"/>
        <source>&amp;Open store...</source>
        <translation>&amp;Otwórz magazyn...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="184"/>
        <source>&amp;Connect to shared store...</source>
        <translation>P&amp;ołącz z magazynem wspólnym...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="187"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importuj...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="188"/>
        <source>&amp;Export...</source>
        <translation>&amp;Eksportuj...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="190"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="219"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="221"/>
        <source>&amp;About Border Monitor</source>
        <translation>&amp;O programie Border Monitor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="272"/>
        <source>no store</source>
        <translation>brak magazynu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="275"/>
        <source>%1 (as %2)</source>
        <translation>%1 (jako %2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="276"/>
        <source>Store: %1</source>
        <translation>Magazyn: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="290"/>
        <source>Who is working: written into the history of every change (Edit &gt; Settings...)</source>
        <translation>Kto pracuje: zapisywane w historii każdej zmiany (Edycja &gt; Ustawienia...)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/main_window.py" line="262"/>
        <location filename="../../border_monitor/ui/main_window.py" line="312"/>
        <source>%Ln incident(s) in the filter</source>
        <translation>
            <numerusform>%Ln incydent w filtrze</numerusform>
            <numerusform>%Ln incydenty w filtrze</numerusform>
            <numerusform>%Ln incydentów w filtrze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="124"/>
        <source>Se&amp;ttings...</source>
        <translation>&amp;Ustawienia...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="180"/>
        <source>&amp;New store...</source>
        <translation>&amp;Nowy magazyn...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="189"/>
        <source>Add &amp;base map...</source>
        <translation>Dodaj mapę &amp;podkładową...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="283"/>
        <source>DEMO - synthetic data</source>
        <translation>DEMO - dane syntetyczne</translation>
    </message>
</context>
<context>
    <name>MapImageDialog</name>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="87"/>
        <source>Export map image</source>
        <translation>Eksportuj obraz mapy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="98"/>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="101"/>
        <source>Choose...</source>
        <translation>Wybierz...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="107"/>
        <source>Width</source>
        <translation>Szerokość</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="108"/>
        <source>Height</source>
        <translation>Wysokość</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="109"/>
        <source>Scale (sharpness for print)</source>
        <translation>Skala (ostrość do druku)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="110"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="117"/>
        <source>Save the map image</source>
        <translation>Zapisz obraz mapy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="119"/>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>MapLayerActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="41"/>
        <source>Add &amp;online base map...</source>
        <translation>Dodaj mapę podkładową &amp;online...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="43"/>
        <source>&amp;Remove online base map</source>
        <translation>&amp;Usuń mapę podkładową online</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="44"/>
        <source>&amp;Update reference layers</source>
        <translation>&amp;Aktualizuj warstwy referencyjne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="46"/>
        <source>Rewrite the store&apos;s borders, crossing points, zones and sectors from the data this version ships</source>
        <translation>Zastąp granice, przejścia graniczne, strefy i sektory w magazynie danymi dołączonymi do tej wersji</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="82"/>
        <source>Add an online base map</source>
        <translation>Dodaj mapę podkładową online</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="87"/>
        <source>Added the base map %1: choose it in the map&apos;s layer control.</source>
        <translation>Dodano mapę podkładową %1: wybierz ją w przełączniku warstw mapy.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="100"/>
        <source>Removed the base map %1.</source>
        <translation>Usunięto mapę podkładową %1.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="124"/>
        <source>Update reference layers</source>
        <translation>Aktualizuj warstwy referencyjne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="126"/>
        <source>Open a store first: the reference layers are kept in the store.</source>
        <translation>Najpierw otwórz magazyn: warstwy referencyjne są przechowywane w magazynie.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="132"/>
        <source>The reference layers of %1 were not updated: %2</source>
        <translation>Warstwy referencyjne %1 nie zostały zaktualizowane: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="136"/>
        <source>The reference layers of %1 were updated.</source>
        <translation>Warstwy referencyjne %1 zostały zaktualizowane.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="11"/>
        <source>© OpenStreetMap contributors (ODbL)</source>
        <translation>© współtwórcy OpenStreetMap (ODbL)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="16"/>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="17"/>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="18"/>
        <source>uncertain</source>
        <translation>niepewne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="22"/>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="23"/>
        <source>Borders with Belarus</source>
        <translation>Granice z Białorusią</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="24"/>
        <source>Emergency zones (2021)</source>
        <translation>Strefy stanu wyjątkowego (2021)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="25"/>
        <source>Sectors (approximate)</source>
        <translation>Sektory (w przybliżeniu)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="26"/>
        <source>Crossing points</source>
        <translation>Przejścia graniczne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="27"/>
        <source>Incidents</source>
        <translation>Incydenty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="28"/>
        <source>Heat map</source>
        <translation>Mapa cieplna</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="31"/>
        <source>No base map</source>
        <translation>Bez mapy podkładowej</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="32"/>
        <source>Map layers</source>
        <translation>Warstwy mapy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="33"/>
        <source>{n} incidents, {p} persons (click to zoom in)</source>
        <translation>Incydenty: {n}, osoby: {p} (kliknij, aby przybliżyć)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="34"/>
        <source>Zoom in</source>
        <translation>Przybliż</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="35"/>
        <source>Zoom out</source>
        <translation>Oddal</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="37"/>
        <source>Border {border}: {km} km (official length)</source>
        <translation>Granica {border}: {km} km (długość oficjalna)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>Zone</source>
        <translation>Strefa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>open-ended</source>
        <translation>bezterminowo</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="39"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="43"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="72"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="42"/>
        <source>Border</source>
        <translation>Granica</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="42"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="42"/>
        <source>Status in 2021</source>
        <translation>Status w 2021 r.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="43"/>
        <source>Status now</source>
        <translation>Status obecnie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="43"/>
        <source>closed {date}</source>
        <translation>zamknięte {date}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="44"/>
        <source>reopened {date}</source>
        <translation>ponownie otwarte {date}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="44"/>
        <source>road</source>
        <translation>drogowe</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="44"/>
        <source>rail</source>
        <translation>kolejowe</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="48"/>
        <source>Incident types</source>
        <translation>Typy incydentów</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="49"/>
        <source>Incidents per cell</source>
        <translation>Incydenty w komórce</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="50"/>
        <source>few</source>
        <translation>mało</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="51"/>
        <source>many</source>
        <translation>dużo</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="52"/>
        <source>{n} incidents in {cells} cells of {cell}°; zoom in for single incidents</source>
        <translation>Incydenty: {n} w komórkach {cell}° (komórek: {cells}); przybliż, aby zobaczyć pojedyncze incydenty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="53"/>
        <source>{n} incidents in and around the view</source>
        <translation>Incydenty w widoku i wokół niego: {n}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="54"/>
        <source>Only {n} incidents are shown: zoom in to see all</source>
        <translation>Widocznych jest tylko {n} incydentów: przybliż, aby zobaczyć wszystkie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="55"/>
        <source>Show the legend</source>
        <translation>Pokaż legendę</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="56"/>
        <source>Hide the legend</source>
        <translation>Ukryj legendę</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="57"/>
        <source>Outside the reference geography</source>
        <translation>Poza geografią referencyjną</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="59"/>
        <source>Move this incident</source>
        <translation>Przenieś ten incydent</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="60"/>
        <source>Drag to the new place and let go; Esc cancels</source>
        <translation>Przeciągnij w nowe miejsce i puść; Esc anuluje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="61"/>
        <source>Draw a box to filter by area (or shift+drag on the map)</source>
        <translation>Narysuj prostokąt, aby filtrować według obszaru (lub Shift+przeciągnij na mapie)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="62"/>
        <source>Clear the area filter</source>
        <translation>Wyczyść filtr obszaru</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="68"/>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="69"/>
        <source>When (UTC)</source>
        <translation>Kiedy (UTC)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="70"/>
        <source>Reported by</source>
        <translation>Zgłosił</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="73"/>
        <source>Distance to border</source>
        <translation>Odległość od granicy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="74"/>
        <source>Nationalities</source>
        <translation>Obywatelstwa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="75"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="76"/>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="27"/>
        <location filename="../../border_monitor/ui/map/impact.py" line="32"/>
        <source>normal</source>
        <translation>normalny</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="28"/>
        <location filename="../../border_monitor/ui/map/impact.py" line="33"/>
        <source>elevated</source>
        <translation>podwyższony</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="29"/>
        <location filename="../../border_monitor/ui/map/impact.py" line="34"/>
        <source>high</source>
        <translation>wysoki</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="30"/>
        <source>Impact level of the sectors</source>
        <translation>Poziom zagrożenia sektorów</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="31"/>
        <source>Impact level (early warning)</source>
        <translation>Poziom zagrożenia (wczesne ostrzeganie)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="35"/>
        <source>at {at}</source>
        <translation>na {at}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="42"/>
        <source>24 h: %1 (%2 expected), 7 days: %3 (%4 expected)</source>
        <translation>24 godz.: %1 (oczekiwano %2), 7 dni: %3 (oczekiwano %4)</translation>
    </message>
</context>
<context>
    <name>MapTools</name>
    <message>
        <location filename="../../border_monitor/ui/map/tool_layers.py" line="22"/>
        <source>MGRS grid</source>
        <translation>Siatka MGRS</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tool_layers.py" line="23"/>
        <source>National grid</source>
        <translation>Siatka krajowa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="78"/>
        <source>Click points to measure a distance; double-click ends, Esc stops measuring.</source>
        <translation>Klikaj punkty, aby zmierzyć odległość; dwuklik kończy, Esc przerywa pomiar.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="79"/>
        <source>Click the corners of an area; double-click ends, Esc stops measuring.</source>
        <translation>Klikaj narożniki obszaru; dwuklik kończy, Esc przerywa pomiar.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="80"/>
        <source>Click the centre of the range rings (%1); Esc stops.</source>
        <translation>Kliknij środek okręgów odległości (%1); Esc przerywa.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="161"/>
        <source>Range rings %1 around %2</source>
        <translation>Okręgi odległości %1 wokół %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="165"/>
        <source>Click the next point.</source>
        <translation>Kliknij następny punkt.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="171"/>
        <source>Area %1, perimeter %2</source>
        <translation>Powierzchnia %1, obwód %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="177"/>
        <source>Click the next corner.</source>
        <translation>Kliknij następny narożnik.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="179"/>
        <source>Distance %1</source>
        <translation>Odległość %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="180"/>
        <source>Distance %1 (%2 segments)</source>
        <translation>Odległość %1 (odcinki: %2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="207"/>
        <source>National grid: the view is outside LT, LV and PL</source>
        <translation>Siatka krajowa: widok jest poza LT, LV i PL</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="209"/>
        <source>MGRS grid zones (zoom in for the 100 km squares)</source>
        <translation>Strefy siatki MGRS (przybliż, aby zobaczyć kwadraty 100 km)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="212"/>
        <source>MGRS, %1 squares</source>
        <translation>MGRS, kwadraty %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="214"/>
        <source>%1 (EPSG:%2), lines every %3, values in km</source>
        <translation>%1 (EPSG:%2), linie co %3, wartości w km</translation>
    </message>
</context>
<context>
    <name>MeasureActions</name>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="51"/>
        <source>Measure &amp;distance</source>
        <translation>Zmierz &amp;odległość</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="52"/>
        <source>Click points on the map to measure a distance (geodesic)</source>
        <translation>Klikaj punkty na mapie, aby zmierzyć odległość (geodezyjnie)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="53"/>
        <source>Measure &amp;area</source>
        <translation>Zmierz &amp;powierzchnię</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="54"/>
        <source>Click the corners of an area on the map (geodesic area)</source>
        <translation>Klikaj narożniki obszaru na mapie (powierzchnia geodezyjna)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="55"/>
        <source>&amp;Range rings</source>
        <translation>&amp;Okręgi odległości</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="56"/>
        <source>Click a point on the map to draw range rings around it</source>
        <translation>Kliknij punkt na mapie, aby narysować wokół niego okręgi odległości</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="62"/>
        <source>&amp;Stop measuring</source>
        <translation>&amp;Zakończ pomiar</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="62"/>
        <source>End the measure tool</source>
        <translation>Zakończ narzędzie pomiaru</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="66"/>
        <source>Range ring r&amp;adii...</source>
        <translation>Pro&amp;mienie okręgów odległości...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="67"/>
        <source>The distances of the range rings, in km</source>
        <translation>Odległości okręgów, w km</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="69"/>
        <source>Measure distance from here</source>
        <translation>Mierz odległość stąd</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="70"/>
        <source>Start measuring a distance at this point</source>
        <translation>Zacznij mierzyć odległość od tego punktu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="72"/>
        <source>Range rings here</source>
        <translation>Okręgi odległości tutaj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="73"/>
        <source>Draw range rings around this point</source>
        <translation>Narysuj okręgi odległości wokół tego punktu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="83"/>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="96"/>
        <source>Measure</source>
        <translation>Pomiar</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="146"/>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="154"/>
        <source>Range ring radii</source>
        <translation>Promienie okręgów odległości</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="147"/>
        <source>Radii of the range rings in km, e.g. 1, 5, 10:</source>
        <translation>Promienie okręgów w km, np. 1, 5, 10:</translation>
    </message>
</context>
<context>
    <name>NationalityEdit</name>
    <message>
        <location filename="../../border_monitor/ui/editing/nationality_edit.py" line="34"/>
        <source>e.g. IRQ:5, SYR:2 (code or country name, count after a colon)</source>
        <translation>np. IRQ:5, SYR:2 (kod lub nazwa kraju, liczba po dwukropku)</translation>
    </message>
</context>
<context>
    <name>NearestCrossingSection</name>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="65"/>
        <source>Nearest crossing point</source>
        <translation>Najbliższe przejście graniczne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="68"/>
        <source>Nearer, not open that day:</source>
        <translation>Bliżej, ale nieczynne tego dnia:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="74"/>
        <source>open</source>
        <translation>czynne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="74"/>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="74"/>
        <source>uncertain</source>
        <translation>niepewne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="75"/>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="79"/>
        <source>road</source>
        <translation>drogowe</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="79"/>
        <source>rail</source>
        <translation>kolejowe</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="81"/>
        <source>%1 on the incident&apos;s day, %2 now</source>
        <translation>w dniu incydentu %1, obecnie %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="83"/>
        <source>%1 along the border</source>
        <translation>%1 wzdłuż granicy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="86"/>
        <source>%1 in a straight line</source>
        <translation>%1 w linii prostej</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="87"/>
        <source>%1 from the border line</source>
        <translation>%1 od linii granicy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="88"/>
        <source>the incident is %1</source>
        <translation>incydent jest %1</translation>
    </message>
</context>
<context>
    <name>NewStoreActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="60"/>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="77"/>
        <source>New store</source>
        <translation>Nowy magazyn</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="61"/>
        <source>Border Monitor stores (*.gpkg)</source>
        <translation>Magazyny Border Monitor (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="86"/>
        <source>Made the new store %1</source>
        <translation>Utworzono nowy magazyn %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="89"/>
        <source>Making the store %1...</source>
        <translation>Tworzenie magazynu %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="97"/>
        <source>There is no store at %1.

To start a new, empty store, use File &gt; New store... or make it here now.</source>
        <translation>W %1 nie ma magazynu.

Aby zacząć nowy, pusty magazyn, użyj Plik &gt; Nowy magazyn... albo utwórz go tutaj teraz.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="99"/>
        <source>Open store</source>
        <translation>Otwórz magazyn</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="102"/>
        <source>&amp;Make a new store here</source>
        <translation>&amp;Utwórz tutaj nowy magazyn</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="23"/>
        <source>Make a base map available offline</source>
        <translation>Udostępnij mapę podkładową offline</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="32"/>
        <source>The map&apos;s current &amp;view</source>
        <translation>Bieżący &amp;widok mapy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="33"/>
        <source>The border &amp;strip (±50 km of the Belarus border)</source>
        <translation>&amp;Pas przygraniczny (±50 km od granicy z Białorusią)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="49"/>
        <source>The largest job allowed, in tiles; tile servers ask users not to download large areas.</source>
        <translation>Największe dozwolone zadanie w kafelkach; serwery kafelków proszą, by nie pobierać dużych obszarów.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="55"/>
        <source> per second</source>
        <translation> na sekundę</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="57"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Przeglądaj...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="64"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="69"/>
        <source>&amp;Online base map:</source>
        <translation>Mapa podkładowa &amp;online:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="70"/>
        <source>Area:</source>
        <translation>Obszar:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="72"/>
        <source>&amp;Zoom levels:</source>
        <translation>&amp;Poziomy przybliżenia:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="75"/>
        <source>&amp;Limit (tiles):</source>
        <translation>&amp;Limit (kafelki):</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="76"/>
        <source>&amp;Requests at most:</source>
        <translation>&amp;Najwyżej żądań:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="77"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="83"/>
        <source>Tiles already in the file are not fetched again: a job that was cut off goes on where it stopped. The server&apos;s attribution is kept in the file.</source>
        <translation>Kafelki, które już są w pliku, nie są pobierane ponownie: przerwane zadanie jest kontynuowane tam, gdzie stanęło. Informacja o źródle serwera jest zapisywana w pliku.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="88"/>
        <source>&amp;Download</source>
        <translation>&amp;Pobierz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="124"/>
        <source>Give a file name ending in .mbtiles.</source>
        <translation>Podaj nazwę pliku zakończoną na .mbtiles.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="132"/>
        <source>%1 tiles, about %2 MB; about %3 min at this rate.</source>
        <translation>Kafelki: %1, około %2 MB; około %3 min przy tym tempie.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="136"/>
        <source>%1 of them are in the file already.</source>
        <translation>Spośród nich %1 jest już w pliku.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="143"/>
        <source>Offline base map file</source>
        <translation>Plik mapy podkładowej offline</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="144"/>
        <source>MBTiles (*.mbtiles)</source>
        <translation>MBTiles (*.mbtiles)</translation>
    </message>
</context>
<context>
    <name>OfflineMapActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="35"/>
        <source>Make a base map available o&amp;ffline...</source>
        <translation>Udostępnij mapę podkładową o&amp;ffline...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="37"/>
        <source>Download an online base map&apos;s tiles of an area into a file for use without a network</source>
        <translation>Pobierz kafelki obszaru z mapy podkładowej online do pliku, do użytku bez sieci</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="49"/>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="65"/>
        <source>Make a base map available offline</source>
        <translation>Udostępnij mapę podkładową offline</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="50"/>
        <source>Add an online base map first (File &gt; Add online base map...).</source>
        <translation>Najpierw dodaj mapę podkładową online (Plik &gt; Dodaj mapę podkładową online...).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="66"/>
        <source>Downloading the tiles of %1 into %2...</source>
        <translation>Pobieranie kafelków %1 do %2...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="71"/>
        <source>%1: %2 tiles fetched, %3 were there already.</source>
        <translation>%1: pobrano kafelki: %2, już było: %3.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="81"/>
        <source>Download cancelled; the tiles fetched are kept in %1: start the same job again to go on.</source>
        <translation>Pobieranie anulowane; pobrane kafelki zostają w %1: uruchom to samo zadanie ponownie, aby kontynuować.</translation>
    </message>
</context>
<context>
    <name>OnlineLayer</name>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="55"/>
        <source>Give the base map a name.</source>
        <translation>Nadaj mapie podkładowej nazwę.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="57"/>
        <source>There is already a base map named “%1”.</source>
        <translation>Mapa podkładowa o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="64"/>
        <source>Give the attribution the tile provider asks for (for example “© OpenStreetMap contributors”): the map shows it while the layer is chosen.</source>
        <translation>Podaj informację o źródle, której wymaga dostawca kafelków (na przykład „© OpenStreetMap contributors”): mapa pokazuje ją, gdy warstwa jest wybrana.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="68"/>
        <source>The maximum zoom %1 is not a whole number from 1 to %2.</source>
        <translation>Maksymalne przybliżenie %1 nie jest liczbą całkowitą od 1 do %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="91"/>
        <source>Give the address of the tiles, such as https://tile.example.org/{z}/{x}/{y}.png.</source>
        <translation>Podaj adres kafelków, np. https://tile.example.org/{z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="94"/>
        <source>The address “%1” contains a space.</source>
        <translation>Adres „%1” zawiera spację.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="98"/>
        <source>The address “%1” does not start with http:// or https://.</source>
        <translation>Adres „%1” nie zaczyna się od http:// ani https://.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="101"/>
        <source>The address “%1” names no server.</source>
        <translation>Adres „%1” nie wskazuje serwera.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="105"/>
        <source>The address “%1” lacks %2: a tile address needs {z}, {x} and {y}.</source>
        <translation>W adresie „%1” brakuje %2: adres kafelków wymaga {z}, {x} i {y}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="110"/>
        <source>The address “%1” has %2: only {s}, {z}, {x}, {y}, {-y} and {r} are filled in.</source>
        <translation>Adres „%1” zawiera %2: wypełniane są tylko {s}, {z}, {x}, {y}, {-y} i {r}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="120"/>
        <source>The WMTS tile address “%1” is not an http:// or https:// address of a server.</source>
        <translation>Adres kafelków WMTS „%1” nie jest adresem http:// ani https:// serwera.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="126"/>
        <source>The WMTS tile address “%1” is not one a tile can be fetched from; read the service&apos;s capabilities again.</source>
        <translation>Z adresu kafelków WMTS „%1” nie da się pobrać kafelka; ponownie odczytaj możliwości usługi.</translation>
    </message>
</context>
<context>
    <name>OnlineLayerDialog</name>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="39"/>
        <source>Add an online base map</source>
        <translation>Dodaj mapę podkładową online</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="47"/>
        <source>&amp;XYZ tiles</source>
        <translation>Kafelki &amp;XYZ</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="48"/>
        <source>&amp;WMTS service</source>
        <translation>Usługa &amp;WMTS</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="59"/>
        <source>e.g. OpenStreetMap</source>
        <translation>np. OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="64"/>
        <source>e.g. © OpenStreetMap contributors</source>
        <translation>np. © OpenStreetMap contributors</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="67"/>
        <source>as the map (%1)</source>
        <translation>jak mapa (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="68"/>
        <source>The deepest zoom the server has tiles for; the map enlarges those tiles beyond it.</source>
        <translation>Największe przybliżenie, dla którego serwer ma kafelki; dalej mapa je powiększa.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="74"/>
        <source>&amp;Read</source>
        <translation>&amp;Odczytaj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="75"/>
        <source>Fetch the service&apos;s capabilities: its layers, styles, formats and tile matrix sets</source>
        <translation>Pobierz możliwości usługi: jej warstwy, style, formaty i zestawy macierzy kafelków</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="96"/>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="98"/>
        <source>Tile &amp;address:</source>
        <translation>&amp;Adres kafelków:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="99"/>
        <source>&amp;Capabilities:</source>
        <translation>&amp;Możliwości:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="100"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Warstwa:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="101"/>
        <source>&amp;Style:</source>
        <translation>&amp;Styl:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="102"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="103"/>
        <source>T&amp;ile matrix set:</source>
        <translation>Zestaw &amp;macierzy kafelków:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="104"/>
        <source>Re&amp;quests:</source>
        <translation>Ż&amp;ądania:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="106"/>
        <source>A&amp;ttribution:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="107"/>
        <source>&amp;Maximum zoom:</source>
        <translation>&amp;Maksymalne przybliżenie:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="142"/>
        <source>The map draws WMTS layers in web Mercator (EPSG:3857, the GoogleMapsCompatible scales). Press Read to fetch the capabilities; the map fetches tiles only while you have chosen this base map in the map&apos;s layer control.</source>
        <translation>Mapa rysuje warstwy WMTS w odwzorowaniu Web Mercator (EPSG:3857, skale GoogleMapsCompatible). Naciśnij „Odczytaj”, aby pobrać możliwości; mapa pobiera kafelki tylko wtedy, gdy ta mapa podkładowa jest wybrana w panelu warstw mapy.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="146"/>
        <source>The address needs {z}, {x} and {y} (and may use {s}). The map fetches tiles from it only while you have chosen this base map in the map&apos;s layer control.</source>
        <translation>Adres wymaga {z}, {x} i {y} (może też używać {s}). Mapa pobiera z niego kafelki tylko wtedy, gdy ta mapa podkładowa jest wybrana w przełączniku warstw mapy.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="156"/>
        <source>Give the address of the service&apos;s capabilities (GetCapabilities).</source>
        <translation>Podaj adres możliwości usługi (GetCapabilities).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="160"/>
        <source>Reading the capabilities...</source>
        <translation>Odczytywanie możliwości...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="176"/>
        <source>(not in web Mercator)</source>
        <translation>(nie w Web Mercator)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="192"/>
        <source>The capabilities cannot be read: %1</source>
        <translation>Nie można odczytać możliwości: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="202"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="215"/>
        <source>%1 (zooms %2-%3)</source>
        <translation>%1 (powiększenia %2–%3)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="220"/>
        <source>%1: not web Mercator</source>
        <translation>%1: nie Web Mercator</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="235"/>
        <source>RESTful (tile address template)</source>
        <translation>RESTful (szablon adresu kafelków)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="237"/>
        <source>KVP (GetTile requests)</source>
        <translation>KVP (żądania GetTile)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="260"/>
        <source>RESTful</source>
        <translation>RESTful</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="260"/>
        <source>KVP</source>
        <translation>KVP</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="261"/>
        <source>The map gets this layer at zooms %1-%2 (%3 requests).</source>
        <translation>Mapa pobiera tę warstwę przy powiększeniach %1–%2 (żądania %3).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="280"/>
        <source>Read the service&apos;s capabilities and choose a layer the map can draw.</source>
        <translation>Odczytaj możliwości usługi i wybierz warstwę, którą mapa potrafi narysować.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="24"/>
        <source>create incidents</source>
        <translation>tworzyć zdarzenia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="25"/>
        <source>edit incidents</source>
        <translation>edytować zdarzenia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="26"/>
        <source>verify incidents</source>
        <translation>weryfikować zdarzenia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="27"/>
        <source>close incidents</source>
        <translation>zamykać zdarzenia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="28"/>
        <source>delete incidents</source>
        <translation>usuwać zdarzenia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="29"/>
        <source>restore deleted incidents</source>
        <translation>przywracać usunięte zdarzenia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="30"/>
        <source>resolve conflicts</source>
        <translation>rozstrzygać konflikty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="68"/>
        <source>No store is open.</source>
        <translation>Żaden magazyn nie jest otwarty.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="72"/>
        <source>You are connected as %1: a viewer reads the shared picture and changes nothing.</source>
        <translation>Połączono jako %1: obserwator widzi wspólny obraz i niczego nie zmienia.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="76"/>
        <source>The store is open read-only.</source>
        <translation>Magazyn jest otwarty tylko do odczytu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="78"/>
        <source>Your user has no Border Monitor role on this store; ask its supervisor for one.</source>
        <translation>Twój użytkownik nie ma roli Border Monitor w tym magazynie; poproś o nią jego przełożonego.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="84"/>
        <source>You are connected as %1: you may change incidents of %2 only, and this is of %3.</source>
        <translation>Połączono jako %1: możesz zmieniać tylko zdarzenia %2, a to jest zdarzenie %3.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="89"/>
        <source>Only a supervisor of %1 may %2; you are connected as %3.</source>
        <translation>Tylko przełożony %1 może %2; połączono jako %3.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../border_monitor/ui/workers.py" line="111"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/workers.py" line="154"/>
        <source>Cancelling...</source>
        <translation>Anulowanie...</translation>
    </message>
</context>
<context>
    <name>RecentStores</name>
    <message>
        <location filename="../../border_monitor/ui/actions/recent_stores.py" line="48"/>
        <source>Recent &amp;stores</source>
        <translation>Ostatnie &amp;magazyny</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/recent_stores.py" line="75"/>
        <source>(none yet)</source>
        <translation>(jeszcze brak)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/recent_stores.py" line="78"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Wyczyść listę</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="70"/>
        <source>Incident types</source>
        <translation>Typy incydentów</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="137"/>
        <source>&amp;Report...</source>
        <translation>&amp;Raport...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="140"/>
        <source>Export map &amp;image...</source>
        <translation>Eksportuj &amp;obraz mapy...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="143"/>
        <source>Export interactive &amp;HTML map...</source>
        <translation>Eksportuj interaktywną mapę &amp;HTML...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="163"/>
        <source>Write a situation report of the filter</source>
        <translation>Przygotuj raport sytuacyjny z filtra</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="165"/>
        <source>PDF report (*.pdf)</source>
        <translation>Raport PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="165"/>
        <source>HTML report (*.html)</source>
        <translation>Raport HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="183"/>
        <source>Situation report</source>
        <translation>Raport sytuacyjny</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="187"/>
        <source>The filter holds no incidents: there is nothing to report.</source>
        <translation>Filtr nie zawiera incydentów: nie ma czego raportować.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="204"/>
        <source>Wrote the report of %Ln incident(s) to %1</source>
        <translation>
            <numerusform>Zapisano raport z %Ln incydentu do %1</numerusform>
            <numerusform>Zapisano raport z %Ln incydentów do %1</numerusform>
            <numerusform>Zapisano raport z %Ln incydentów do %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="212"/>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="257"/>
        <source>Writing %1...</source>
        <translation>Zapis %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="219"/>
        <source>Export the filter as an interactive HTML map</source>
        <translation>Eksportuj filtr jako interaktywną mapę HTML</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="221"/>
        <source>HTML map (*.html)</source>
        <translation>Mapa HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="241"/>
        <source>Export interactive HTML map</source>
        <translation>Eksportuj interaktywną mapę HTML</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="249"/>
        <source>Exported the map of %Ln incident(s) to %1</source>
        <translation>
            <numerusform>Wyeksportowano mapę %Ln incydentu do %1</numerusform>
            <numerusform>Wyeksportowano mapę %Ln incydentów do %1</numerusform>
            <numerusform>Wyeksportowano mapę %Ln incydentów do %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="274"/>
        <source>Export map image</source>
        <translation>Eksportuj obraz mapy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="288"/>
        <source>Saved the map image %1</source>
        <translation>Zapisano obraz mapy %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="49"/>
        <source>Restore deleted incidents</source>
        <translation>Przywróć usunięte incydenty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Time (local)</source>
        <translation>Czas (lokalny)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="56"/>
        <source>Deleted by</source>
        <translation>Usunął</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="56"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="59"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Przywróć zaznaczone</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="90"/>
        <source>%Ln deleted incident(s).</source>
        <translation>
            <numerusform>%Ln usunięty incydent.</numerusform>
            <numerusform>%Ln usunięte incydenty.</numerusform>
            <numerusform>%Ln usuniętych incydentów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="91"/>
        <source>No deleted incidents.</source>
        <translation>Brak usuniętych incydentów.</translation>
    </message>
</context>
<context>
    <name>SavedFiltersBox</name>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="42"/>
        <source>Saved filters</source>
        <translation>Zapisane filtry</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="49"/>
        <source>Filters saved in the store, shared by every workstation that opens it</source>
        <translation>Filtry zapisane w magazynie, wspólne dla wszystkich stanowisk, które go otwierają</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="50"/>
        <source>(none chosen)</source>
        <translation>(nie wybrano)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="51"/>
        <source>Save as...</source>
        <translation>Zapisz jako...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="53"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="98"/>
        <source>Saved by a newer Border Monitor; it cannot be used here.</source>
        <translation>Zapisany przez nowszą wersję Border Monitor; nie można go tu użyć.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="164"/>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="170"/>
        <source>Save filter</source>
        <translation>Zapisz filtr</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="164"/>
        <source>Name of the filter:</source>
        <translation>Nazwa filtru:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="171"/>
        <source>A filter named “%1” is saved already. Replace it for every workstation?</source>
        <translation>Filtr o nazwie „%1” jest już zapisany. Zastąpić go dla wszystkich stanowisk?</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="181"/>
        <source>Delete saved filter</source>
        <translation>Usuń zapisany filtr</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="182"/>
        <source>Delete the saved filter “%1” for every workstation?</source>
        <translation>Usunąć zapisany filtr „%1” dla wszystkich stanowisk?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="19"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="23"/>
        <source>e.g. j.kowalska</source>
        <translation>np. j.kowalska</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="27"/>
        <source>e.g. SG Podlaski</source>
        <translation>np. SG Podlaski</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="32"/>
        <source>Written into the history of every change you make, as &quot;name (unit)&quot;.</source>
        <translation>Zapisywane w historii każdej wprowadzonej zmiany jako „nazwa (jednostka)”.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="35"/>
        <source>&amp;User name:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="36"/>
        <source>U&amp;nit:</source>
        <translation>&amp;Jednostka:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="57"/>
        <source>Give a user name: it is written into the history of your changes.</source>
        <translation>Podaj nazwę użytkownika: jest zapisywana w historii twoich zmian.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../../border_monitor/ui/store_banner.py" line="15"/>
        <source>Store problems</source>
        <translation>Problemy magazynu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/store_banner.py" line="41"/>
        <source>%1 row(s) of this store hold values another program made invalid and are kept out of the map, table and counts until fixed. For the list, run: border-monitor check --store %2</source>
        <translation>Wiersze tego magazynu z wartościami, które inny program uczynił nieprawidłowymi: %1; do czasu naprawy są pomijane na mapie, w tabeli i w liczbach. Aby zobaczyć listę, uruchom: border-monitor check --store %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/store_banner.py" line="46"/>
        <source>Connection to %1 lost; showing the picture as of %2, read-only; reconnecting...</source>
        <translation>Utracono połączenie z %1; widoczny stan na %2, tylko do odczytu; ponowne łączenie...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/store_banner.py" line="50"/>
        <source>The audit log of this store lost its protection (%1): changes are refused, reading works. Run: border-monitor audit verify --store %2</source>
        <translation>Dziennik audytu tego magazynu utracił zabezpieczenie (%1): zmiany są odrzucane, odczyt działa. Uruchom: border-monitor audit verify --store %2</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="39"/>
        <source>S&amp;ync now...</source>
        <translation>&amp;Synchronizuj teraz...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="52"/>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="86"/>
        <source>Syncing with %1...</source>
        <translation>Synchronizacja z %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="88"/>
        <source>Applying %1...</source>
        <translation>Stosowanie %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="92"/>
        <source>Writing %1...</source>
        <translation>Zapis %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="111"/>
        <source>The sync was stopped; what arrived is kept, and the next sync goes on from there.</source>
        <translation>Synchronizację zatrzymano; to, co dotarło, zostaje, a następna synchronizacja zacznie od tego miejsca.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="116"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="19"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="22"/>
        <source>Sync both ways with another store</source>
        <translation>Synchronizuj w obie strony z innym magazynem</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="23"/>
        <source>Apply a sync package (.bmsync)</source>
        <translation>Zastosuj pakiet synchronizacji (.bmsync)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="24"/>
        <source>Write a sync package for another store</source>
        <translation>Zapisz pakiet synchronizacji dla innego magazynu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="35"/>
        <source>Browse...</source>
        <translation>Przeglądaj...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="44"/>
        <source>the other store&apos;s file name, e.g. central.gpkg</source>
        <translation>nazwa pliku drugiego magazynu, np. central.gpkg</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="47"/>
        <source>For the store:</source>
        <translation>Dla magazynu:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="52"/>
        <source>empty: not encrypted</source>
        <translation>puste: bez szyfrowania</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="53"/>
        <source>Passphrase:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="56"/>
        <source>Edits of different fields merge; the same field changed on both sides, or a delete on one side and an edit on the other, are listed in the Conflicts panel.</source>
        <translation>Zmiany różnych pól są scalane; to samo pole zmienione po obu stronach albo usunięcie po jednej stronie i zmiana po drugiej trafiają do panelu Konflikty.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="63"/>
        <source>Sync</source>
        <translation>Synchronizuj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="93"/>
        <source>Other store:</source>
        <translation>Drugi magazyn:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="93"/>
        <source>Package:</source>
        <translation>Pakiet:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="94"/>
        <source>Write to:</source>
        <translation>Zapisz do:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="104"/>
        <source>Store to sync with</source>
        <translation>Magazyn do synchronizacji</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="105"/>
        <source>GeoPackage stores (*.gpkg)</source>
        <translation>Magazyny GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="107"/>
        <source>Sync package</source>
        <translation>Pakiet synchronizacji</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="108"/>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="111"/>
        <source>Sync packages (*.bmsync)</source>
        <translation>Pakiety synchronizacji (*.bmsync)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="110"/>
        <source>Write the sync package</source>
        <translation>Zapisz pakiet synchronizacji</translation>
    </message>
</context>
<context>
    <name>SyntheticBanner</name>
    <message>
        <location filename="../../border_monitor/ui/synthetic_banner.py" line="21"/>
        <source>Synthetic data</source>
        <translation>Dane syntetyczne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/synthetic_banner.py" line="36"/>
        <source>Synthetic demonstration data, not real incidents</source>
        <translation>Syntetyczne dane demonstracyjne, nie prawdziwe incydenty</translation>
    </message>
</context>
<context>
    <name>TakActions</name>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="36"/>
        <source>&amp;TAK connection...</source>
        <translation>Połączenie &amp;TAK...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="96"/>
        <source>connected</source>
        <translation>połączono</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="96"/>
        <source>connecting</source>
        <translation>łączenie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="97"/>
        <source>reconnecting</source>
        <translation>ponowne łączenie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="97"/>
        <source>failed</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="98"/>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="100"/>
        <source>TAK %1: %2, %3 sent, %4 received</source>
        <translation>TAK %1: %2, wysłano %3, odebrano %4</translation>
    </message>
</context>
<context>
    <name>TakDialog</name>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="20"/>
        <source>TAK connection</source>
        <translation>Połączenie TAK</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="27"/>
        <source>Client certificate (*.p12 *.pfx *.pem)</source>
        <translation>Certyfikat klienta (*.p12 *.pfx *.pem)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="28"/>
        <source>Private key (*.pem *.key)</source>
        <translation>Klucz prywatny (*.pem *.key)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="29"/>
        <source>CA certificate (*.pem *.crt)</source>
        <translation>Certyfikat CA (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="32"/>
        <source>The password of the .p12 file or of the key; it is not saved.</source>
        <translation>Hasło pliku .p12 lub klucza; nie jest zapisywane.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="35"/>
        <source>pending</source>
        <translation>oczekujący</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="35"/>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="36"/>
        <source>assumed friend</source>
        <translation>przypuszczalnie przyjazny</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="36"/>
        <source>friend</source>
        <translation>przyjazny</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="37"/>
        <source>neutral</source>
        <translation>neutralny</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="37"/>
        <source>suspect</source>
        <translation>podejrzany</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="38"/>
        <source>hostile</source>
        <translation>wrogi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="48"/>
        <source> hours</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="49"/>
        <source>&amp;Send the incidents of the current filter, then every change</source>
        <translation>&amp;Wysyłaj incydenty bieżącego filtra, potem każdą zmianę</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="51"/>
        <source>&amp;Receive markers as incidents (status “reported”)</source>
        <translation>&amp;Odbieraj znaczniki jako incydenty (status „zgłoszone”)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="55"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="56"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certyfikat:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="57"/>
        <source>&amp;Key:</source>
        <translation>&amp;Klucz:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="57"/>
        <source>C&amp;A:</source>
        <translation>C&amp;A:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="61"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="62"/>
        <source>&amp;Affiliation of tracks:</source>
        <translation>&amp;Przynależność śladów:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="63"/>
        <source>S&amp;tale after:</source>
        <translation>&amp;Nieaktualne po:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="74"/>
        <source>&amp;Reconnect</source>
        <translation>Połącz &amp;ponownie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="74"/>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="75"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Rozłącz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="87"/>
        <source>Browse...</source>
        <translation>Przeglądaj...</translation>
    </message>
</context>
<context>
    <name>TimeZoneActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/time_zone.py" line="25"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Strefa czasowa</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="74"/>
        <source>By country</source>
        <translation>Według kraju</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="75"/>
        <source>By type</source>
        <translation>Według typu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="77"/>
        <source>Incidents</source>
        <translation>Incydenty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="78"/>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="81"/>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="374"/>
        <source>Play</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="82"/>
        <source>Move the time window through the days</source>
        <translation>Przesuwaj okno czasu dzień po dniu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="374"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="423"/>
        <source>%1 in the time window</source>
        <translation>%1 w oknie czasu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="428"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="430"/>
        <source>%1: none</source>
        <translation>%1: brak</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="439"/>
        <source>%1: %2 (total %3)</source>
        <translation>%1: %2 (razem %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="450"/>
        <source>← %n more person(s), the last on %1</source>
        <translation>
            <numerusform>← jeszcze %n osoba, ostatnia %1</numerusform>
            <numerusform>← jeszcze %n osoby, ostatnia %1</numerusform>
            <numerusform>← jeszcze %n osób, ostatnia %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="451"/>
        <source>← %n more incident(s), the last on %1</source>
        <translation>
            <numerusform>← jeszcze %n incydent, ostatni %1</numerusform>
            <numerusform>← jeszcze %n incydenty, ostatni %1</numerusform>
            <numerusform>← jeszcze %n incydentów, ostatni %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="453"/>
        <source>%n more person(s), the first on %1 →</source>
        <translation>
            <numerusform>jeszcze %n osoba, pierwsza %1 →</numerusform>
            <numerusform>jeszcze %n osoby, pierwsza %1 →</numerusform>
            <numerusform>jeszcze %n osób, pierwsza %1 →</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="454"/>
        <source>%n more incident(s), the first on %1 →</source>
        <translation>
            <numerusform>jeszcze %n incydent, pierwszy %1 →</numerusform>
            <numerusform>jeszcze %n incydenty, pierwszy %1 →</numerusform>
            <numerusform>jeszcze %n incydentów, pierwszy %1 →</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoomActions</name>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="56"/>
        <source>Zoom to filtered &amp;results</source>
        <translation>Przybliż do &amp;wyników filtru</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="59"/>
        <source>Zoom to &amp;selection</source>
        <translation>Przybliż do &amp;zaznaczenia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="84"/>
        <source>No incident in the filter to zoom to.</source>
        <translation>W filtrze nie ma incydentów do przybliżenia.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="92"/>
        <source>No incident is selected.</source>
        <translation>Nie zaznaczono żadnego incydentu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="96"/>
        <source>The selected incidents have no position to zoom to.</source>
        <translation>Zaznaczone incydenty nie mają położenia, do którego można przybliżyć.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/check_texts.py" line="24"/>
        <source>%1 is not a known nationality code (ISO 3166-1 alpha-3, e.g. IRQ, SYR, AFG).</source>
        <translation>
            <numerusform>%1 nie jest znanym kodem obywatelstwa (ISO 3166-1 alpha-3, np. IRQ, SYR, AFG).</numerusform>
            <numerusform>%1 nie są znanymi kodami obywatelstwa (ISO 3166-1 alpha-3, np. IRQ, SYR, AFG).</numerusform>
            <numerusform>%1 nie są znanymi kodami obywatelstwa (ISO 3166-1 alpha-3, np. IRQ, SYR, AFG).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncCounts</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="19"/>
        <source>%1 -&gt; %2: %3 new, %4 changed incidents, %Ln audit entries</source>
        <translation>
            <numerusform>%1 -&gt; %2: nowych zdarzeń %3, zmienionych %4, %Ln wpis audytu</numerusform>
            <numerusform>%1 -&gt; %2: nowych zdarzeń %3, zmienionych %4, %Ln wpisy audytu</numerusform>
            <numerusform>%1 -&gt; %2: nowych zdarzeń %3, zmienionych %4, %Ln wpisów audytu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="21"/>
        <source>%1 -&gt; %2: %3 new, %4 changed incidents (%5 in conflict), %Ln audit entries</source>
        <translation>
            <numerusform>%1 -&gt; %2: nowych zdarzeń %3, zmienionych %4 (w konflikcie %5), %Ln wpis audytu</numerusform>
            <numerusform>%1 -&gt; %2: nowych zdarzeń %3, zmienionych %4 (w konflikcie %5), %Ln wpisy audytu</numerusform>
            <numerusform>%1 -&gt; %2: nowych zdarzeń %3, zmienionych %4 (w konflikcie %5), %Ln wpisów audytu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="27"/>
        <source>wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, encrypted)</source>
        <translation>
            <numerusform>zapisano %1 (dla %2): wersji zdarzeń – %3, %Ln wpis audytu, partii – %4 (%5 B, zaszyfrowany)</numerusform>
            <numerusform>zapisano %1 (dla %2): wersji zdarzeń – %3, %Ln wpisy audytu, partii – %4 (%5 B, zaszyfrowany)</numerusform>
            <numerusform>zapisano %1 (dla %2): wersji zdarzeń – %3, %Ln wpisów audytu, partii – %4 (%5 B, zaszyfrowany)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="30"/>
        <source>wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)</source>
        <translation>
            <numerusform>zapisano %1 (dla %2): wersji zdarzeń – %3, %Ln wpis audytu, partii – %4 (%5 B)</numerusform>
            <numerusform>zapisano %1 (dla %2): wersji zdarzeń – %3, %Ln wpisy audytu, partii – %4 (%5 B)</numerusform>
            <numerusform>zapisano %1 (dla %2): wersji zdarzeń – %3, %Ln wpisów audytu, partii – %4 (%5 B)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="33"/>
        <source>wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, encrypted)</source>
        <translation>
            <numerusform>zapisano %1: wersji zdarzeń – %3, %Ln wpis audytu, partii – %4 (%5 B, zaszyfrowany)</numerusform>
            <numerusform>zapisano %1: wersji zdarzeń – %3, %Ln wpisy audytu, partii – %4 (%5 B, zaszyfrowany)</numerusform>
            <numerusform>zapisano %1: wersji zdarzeń – %3, %Ln wpisów audytu, partii – %4 (%5 B, zaszyfrowany)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="36"/>
        <source>wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)</source>
        <translation>
            <numerusform>zapisano %1: wersji zdarzeń – %3, %Ln wpis audytu, partii – %4 (%5 B)</numerusform>
            <numerusform>zapisano %1: wersji zdarzeń – %3, %Ln wpisy audytu, partii – %4 (%5 B)</numerusform>
            <numerusform>zapisano %1: wersji zdarzeń – %3, %Ln wpisów audytu, partii – %4 (%5 B)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../border_monitor/ui/app.py" line="68"/>
        <location filename="../../border_monitor/ui/app.py" line="115"/>
        <location filename="../../border_monitor/ui/app.py" line="124"/>
        <location filename="../../border_monitor/ui/briefing/launch.py" line="59"/>
        <location filename="../../border_monitor/ui/briefing/launch.py" line="65"/>
        <location filename="../../border_monitor/ui/failure_text.py" line="103"/>
        <source>Border Monitor</source>
        <translation>Border Monitor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/app.py" line="116"/>
        <location filename="../../border_monitor/ui/briefing/launch.py" line="60"/>
        <source>The store %1 could not be opened: %2</source>
        <translation>Nie udało się otworzyć magazynu %1: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/app.py" line="120"/>
        <source>Creating the demo store (first run)...</source>
        <translation>Tworzenie magazynu demonstracyjnego (pierwsze uruchomienie)...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/app.py" line="121"/>
        <location filename="../../border_monitor/ui/briefing/launch.py" line="64"/>
        <source>Opening %1...</source>
        <translation>Otwieranie %1...</translation>
    </message>
</context>
<context>
    <name>audit_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="14"/>
        <source>create</source>
        <translation>utworzenie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="15"/>
        <source>update</source>
        <translation>zmiana</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="16"/>
        <source>delete</source>
        <translation>usunięcie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="17"/>
        <source>restore</source>
        <translation>przywrócenie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="18"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="19"/>
        <source>enrich</source>
        <translation>przeliczenie pól wyliczanych</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="20"/>
        <source>attach</source>
        <translation>załącznik</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="21"/>
        <source>filter</source>
        <translation>zapisany filtr</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="28"/>
        <source>occurred_at</source>
        <translation>czas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="29"/>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="30"/>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="31"/>
        <source>persons</source>
        <translation>osoby</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="32"/>
        <source>nationalities</source>
        <translation>obywatelstwa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="33"/>
        <source>lat</source>
        <translation>szerokość</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="34"/>
        <source>lon</source>
        <translation>długość</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="35"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="36"/>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="37"/>
        <source>source</source>
        <translation>źródło</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="38"/>
        <source>sector</source>
        <translation>sektor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="39"/>
        <source>border</source>
        <translation>granica</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="40"/>
        <source>side</source>
        <translation>strona</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="41"/>
        <source>in_zone</source>
        <translation>w strefie stanu wyjątkowego</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="42"/>
        <source>distance_to_border_m</source>
        <translation>odległość od granicy (m)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="43"/>
        <source>deleted</source>
        <translation>usunięty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="44"/>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="45"/>
        <source>count</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="46"/>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="47"/>
        <source>fields</source>
        <translation>pola</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="48"/>
        <source>attachment</source>
        <translation>załącznik</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="54"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="54"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="52"/>
        <source>is not an ISO 8601 date and time</source>
        <translation>nie jest datą i godziną w formacie ISO 8601</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="53"/>
        <source>is not a date and time</source>
        <translation>nie jest datą i godziną</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="54"/>
        <source>has no time zone</source>
        <translation>nie ma strefy czasowej</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="55"/>
        <source>is not an ISO 3166-1 alpha-3 country code</source>
        <translation>nie jest kodem kraju ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="56"/>
        <source>has a count that is not a whole number &gt;= 0</source>
        <translation>ma liczbę, która nie jest liczbą całkowitą &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="57"/>
        <source>has a count that is not a whole number</source>
        <translation>ma liczbę, która nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="66"/>
        <source>Choose a value.</source>
        <translation>Wybierz wartość.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="68"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1” nie jest żadną z: %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="70"/>
        <source>Enter the date and time of the incident.</source>
        <translation>Podaj datę i godzinę incydentu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="72"/>
        <source>&apos;%1&apos; %2.</source>
        <translation>„%1” %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="74"/>
        <source>%1 UTC is before 2000; incidents start in 2000.</source>
        <translation>%1 UTC jest przed rokiem 2000; incydenty zaczynają się w 2000 r.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="76"/>
        <source>%1 UTC is in the future.</source>
        <translation>%1 UTC jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="78"/>
        <source>&apos;%1&apos; is not a whole number of persons.</source>
        <translation>„%1” nie jest całkowitą liczbą osób.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="80"/>
        <source>%1 persons is negative; enter 0 or more.</source>
        <translation>Liczba osób %1 jest ujemna; podaj 0 lub więcej.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="82"/>
        <source>An incident of type %1 needs the number of persons (at least 1).</source>
        <translation>Incydent typu „%1” wymaga liczby osób (co najmniej 1).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="88"/>
        <source>The nationalities count %1 persons, more than the incident&apos;s %2.</source>
        <translation>Obywatelstwa liczą %1 osób, więcej niż %2 w incydencie.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="96"/>
        <source>This text cannot be read as a position in the chosen coordinate system.</source>
        <translation>Tego tekstu nie da się odczytać jako położenia w wybranym układzie współrzędnych.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="99"/>
        <source>Enter the position of the incident.</source>
        <translation>Podaj położenie incydentu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="101"/>
        <source>&apos;%1, %2&apos; is not a position.</source>
        <translation>„%1, %2” nie jest położeniem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="103"/>
        <source>Latitude %1, longitude %2 is not on the globe.</source>
        <translation>Szerokość %1, długość %2 nie leży na kuli ziemskiej.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="106"/>
        <source>Latitude %1, longitude %2 is outside the monitored region; latitude and longitude look swapped.</source>
        <translation>Szerokość %1, długość %2 leży poza monitorowanym obszarem; wygląda na to, że szerokość i długość są zamienione.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="109"/>
        <source>Latitude %1, longitude %2 is outside the monitored region: a minus sign too many (the region is north and east).</source>
        <translation>Szerokość %1, długość %2 leży poza monitorowanym obszarem: o jeden znak minus za dużo (obszar leży na północy i wschodzie).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="112"/>
        <source>Latitude %1, longitude %2 is not in Europe: the position is on the wrong continent.</source>
        <translation>Szerokość %1, długość %2 nie leży w Europie: położenie jest na innym kontynencie.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="115"/>
        <source>Latitude %1, longitude %2 is outside the monitored region (latitude %3..%4, longitude %5..%6).</source>
        <translation>Szerokość %1, długość %2 leży poza monitorowanym obszarem (szerokość %3..%4, długość %5..%6).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="119"/>
        <source>This position lies on the Belarusian side of the border. An observation across the line may be recorded; saving will ask you to confirm.</source>
        <translation>To położenie leży po białoruskiej stronie granicy. Obserwację przez linię granicy można zapisać; przy zapisie pojawi się prośba o potwierdzenie.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="122"/>
        <source>This position is %1 km from the border with Belarus; check the coordinates.</source>
        <translation>To położenie jest %1 km od granicy z Białorusią; sprawdź współrzędne.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="125"/>
        <source>The nearest border is %1, but the reporting country is %2; check the country or the position.</source>
        <translation>Najbliższa granica to %1, a kraj zgłaszający to %2; sprawdź kraj lub położenie.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../border_monitor/ui/editing/commands.py" line="85"/>
        <source>Cannot undo &apos;%1&apos;: %2</source>
        <extracomment>The fields a user edits; undo/redo restore exactly these (plus the deleted flag).</extracomment>
        <translation>Nie można cofnąć „%1”: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/commands.py" line="86"/>
        <source>Cannot redo &apos;%1&apos;: %2</source>
        <translation>Nie można ponowić „%1”: %2</translation>
    </message>
</context>
<context>
    <name>coord_errors</name>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="22"/>
        <source>&apos;{text}&apos; is not coordinate text: &apos;{char}&apos; (character {pos}) is not part of any coordinate notation this program reads.</source>
        <translation>„{text}” nie jest tekstem współrzędnych: „{char}” (znak {pos}) nie należy do żadnego zapisu współrzędnych, który ten program odczytuje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="24"/>
        <source>&apos;{text}&apos; has the mark {mark} without a number in front of it.</source>
        <translation>„{text}” zawiera znak {mark} bez liczby przed nim.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="25"/>
        <source>&apos;{text}&apos; holds no numbers, so it is not a position.</source>
        <translation>„{text}” nie zawiera liczb, więc nie jest położeniem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="26"/>
        <source>&apos;{text}&apos; has {count} hemisphere or axis letter(s); write one for each of the two numbers (N or S and E or W), or none.</source>
        <translation>„{text}” zawiera liter półkuli lub osi: {count}; wpisz po jednej dla każdej z dwóch liczb (N lub S oraz E lub W) albo żadnej.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="28"/>
        <source>&apos;{text}&apos; has its letters in the middle; put N/S and E/W either all before or all after their numbers.</source>
        <translation>„{text}” ma litery w środku; wpisz N/S i E/W albo wszystkie przed liczbami, albo wszystkie po nich.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="30"/>
        <source>&apos;{text}&apos; has a letter without a number beside it.</source>
        <translation>„{text}” zawiera literę bez liczby obok.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="31"/>
        <source>&apos;{text}&apos; has {count} separators (comma, semicolon or slash); a position is two values with one separator between them (use a decimal point if the comma is a separator).</source>
        <translation>„{text}” zawiera separatorów (przecinek, średnik lub ukośnik): {count}; położenie to dwie wartości z jednym separatorem między nimi (jeśli przecinek jest separatorem, części dziesiętne oddziel kropką).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="34"/>
        <source>&apos;{text}&apos; has {count} number(s) and it is unclear where the first value ends and the second begins; separate them with a comma or semicolon, or add hemisphere letters (N, E).</source>
        <translation>„{text}” zawiera liczb: {count} i nie wiadomo, gdzie kończy się pierwsza wartość, a zaczyna druga; oddziel je przecinkiem lub średnikiem albo dodaj litery półkuli (N, E).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="37"/>
        <source>&apos;{text}&apos; has {count} numbers in &apos;{where}&apos;; degrees take at most three (d m s).</source>
        <translation>„{text}” w części „{where}” zawiera liczb: {count}; stopnie mają najwyżej trzy (st. min. sek.).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="38"/>
        <source>&apos;{text}&apos; has {unit} after {previous} in &apos;{where}&apos;; write degrees, then minutes, then seconds.</source>
        <translation>„{text}” w części „{where}” ma {unit} po {previous}; wpisz stopnie, potem minuty, potem sekundy.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="40"/>
        <source>&apos;{text}&apos; has a number after the seconds in &apos;{where}&apos;.</source>
        <translation>„{text}” w części „{where}” ma liczbę po sekundach.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="41"/>
        <source>&apos;{text}&apos; starts &apos;{where}&apos; with {unit} instead of degrees.</source>
        <translation>„{text}” zaczyna część „{where}” od: {unit}, a nie od stopni.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="42"/>
        <source>&apos;{text}&apos; has a fraction in {number} although more numbers follow in &apos;{where}&apos;; only the last of degrees, minutes and seconds may have decimals.</source>
        <translation>„{text}” ma ułamek w {number}, choć w części „{where}” następują kolejne liczby; części dziesiętne może mieć tylko ostatnia z wartości: stopnie, minuty, sekundy.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="44"/>
        <source>&apos;{text}&apos; has a sign on {number} inside &apos;{where}&apos;; put a sign only before the degrees.</source>
        <translation>„{text}” w części „{where}” ma znak przy {number}; znak wpisuj tylko przed stopniami.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="46"/>
        <source>&apos;{text}&apos; has {size} {unit} in &apos;{where}&apos;; it must be below 60.</source>
        <translation>„{text}” w części „{where}” ma {size} ({unit}); musi być poniżej 60.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="47"/>
        <source>&apos;{text}&apos; gives two {axis} ({first} and {second}); give one of N/S and one of E/W.</source>
        <translation>„{text}” podaje dwie wartości – {axis} ({first} i {second}); podaj jedną z N/S i jedną z E/W.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="49"/>
        <source>&apos;{text}&apos; has both a minus sign and the letter {letter}; use one or the other.</source>
        <translation>„{text}” ma zarówno minus, jak i literę {letter}; użyj jednego z nich.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="50"/>
        <source>&apos;{text}&apos; gives latitude {value}, beyond 90 degrees.</source>
        <translation>„{text}” podaje szerokość {value}, ponad 90 stopni.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="51"/>
        <source>&apos;{text}&apos; gives longitude {value}, beyond 180 degrees.</source>
        <translation>„{text}” podaje długość {value}, ponad 180 stopni.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="52"/>
        <source>&apos;{text}&apos; has &apos;{part}&apos; where a grid coordinate (one number of metres) was expected.</source>
        <translation>„{text}” ma „{part}” tam, gdzie oczekiwano współrzędnej siatki (jednej liczby w metrach).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="54"/>
        <source>&apos;{text}&apos; labels grid coordinates with {first} and {second}; use N for the northing and E for the easting.</source>
        <translation>„{text}” oznacza współrzędne siatki literami {first} i {second}; współrzędną północną (X) oznacz N, wschodnią (Y) – E.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="56"/>
        <source>&apos;{text}&apos; names UTM zone {zone}, but the system given is {system}.</source>
        <translation>„{text}” wskazuje strefę UTM {zone}, ale wybrany układ to {system}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="57"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) is not a position, far outside the area that system is used for.</source>
        <translation>„{text}” odczytany w układzie {system} (zapis: {axes}) nie jest położeniem – daleko poza obszarem, na którym ten układ jest używany.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="59"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) lies at {place}, far outside the area that system is used for.</source>
        <translation>„{text}” odczytany w układzie {system} (zapis: {axes}) leży w {place}, daleko poza obszarem, na którym ten układ jest używany.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="61"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) lies at {place}, far outside the area that system is used for. With the two numbers the other way round it would be {swapped}; check their order ({axes}).</source>
        <translation>„{text}” odczytany w układzie {system} (zapis: {axes}) leży w {place}, daleko poza obszarem, na którym ten układ jest używany. Po zamianie obu liczb miejscami byłoby to {swapped}; sprawdź ich kolejność ({axes}).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="64"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) is not a position, far outside the area that system is used for. With the two numbers the other way round it would be {swapped}; check their order ({axes}).</source>
        <translation>„{text}” odczytany w układzie {system} (zapis: {axes}) nie jest położeniem – daleko poza obszarem, na którym ten układ jest używany. Po zamianie obu liczb miejscami byłoby to {swapped}; sprawdź ich kolejność ({axes}).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="67"/>
        <source>&apos;{text}&apos; in {system} does not convert to a WGS 84 position.</source>
        <translation>„{text}” w układzie {system} nie przelicza się na położenie WGS 84.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="68"/>
        <source>&apos;{text}&apos; is not a plausible position in the monitored region (latitude {south} to {north}, longitude {west} to {east}) in any grid tried ({orders}); check the numbers and their order, or name the system.</source>
        <translation>„{text}” nie jest wiarygodnym położeniem w obrębie monitorowanego regionu (szerokość {south}–{north}, długość {west}–{east}) w żadnej sprawdzonej siatce ({orders}); sprawdź liczby i ich kolejność albo wskaż układ.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="71"/>
        <source>{name} as {axes}</source>
        <translation>{name}: {axes}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="72"/>
        <source>&apos;{text}&apos; fits more than one coordinate system: {options}. Name the system to choose.</source>
        <translation>„{text}” pasuje do więcej niż jednego układu współrzędnych: {options}. Wskaż układ.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="74"/>
        <source>{system} ({name}) puts it at {place}</source>
        <translation>{system} ({name}): {place}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="75"/>
        <source>&apos;{text}&apos; mixes a number that can only be metres ({metres}) with one that looks like degrees ({degrees}); write both in one system.</source>
        <translation>„{text}” łączy liczbę, która może oznaczać tylko metry ({metres}), z liczbą wyglądającą na stopnie ({degrees}); zapisz obie w jednym układzie.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="77"/>
        <source>&apos;{text}&apos; reads as {place}, outside the monitored region (latitude {south} to {north}, longitude {west} to {east}). Name the system (wgs84) to accept a position elsewhere.</source>
        <translation>„{text}” odczytano jako {place}, poza granicami monitorowanego regionu (szerokość {south}–{north}, długość {west}–{east}). Wskaż układ (wgs84), aby przyjąć położenie gdzie indziej.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="80"/>
        <source>&apos;{text}&apos; reads as {place}, outside the monitored region (latitude {south} to {north}, longitude {west} to {east}). It looks like longitude written first: WGS 84 text gives latitude first, so swap the numbers or add N and E. Name the system (wgs84) to accept a position elsewhere.</source>
        <translation>„{text}” odczytano jako {place}, poza granicami monitorowanego regionu (szerokość {south}–{north}, długość {west}–{east}). Wygląda na to, że najpierw wpisano długość: w tekście WGS 84 najpierw jest szerokość, więc zamień liczby albo dodaj N i E. Wskaż układ (wgs84), aby przyjąć położenie gdzie indziej.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="84"/>
        <source>{text} is not coordinate text.</source>
        <translation>{text} nie jest tekstem współrzędnych.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="85"/>
        <source>The coordinate text is empty.</source>
        <translation>Tekst współrzędnych jest pusty.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="86"/>
        <source>&apos;{text}...&apos; is {count} characters, too long for a position.</source>
        <translation>„{text}...” ma znaków: {count} – za długi na położenie.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="87"/>
        <source>Precision {precision} is outside {low} to {high} for {system}.</source>
        <translation>Dokładność {precision} dla układu {system} jest poza zakresem od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="88"/>
        <source>Longitude {lon}, latitude {lat} is not a position on the globe.</source>
        <translation>Długość {lon}, szerokość {lat} nie jest położeniem na kuli ziemskiej.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="89"/>
        <source>{place} cannot be written in {system}.</source>
        <translation>{place} nie da się zapisać w układzie {system}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="90"/>
        <source>&apos;{text}&apos; is not an MGRS reference; write the grid zone (e.g. 35U), the 100 km square (e.g. LA) and 2 to 10 digits, e.g. 35U LA 89485 61289.</source>
        <translation>„{text}” nie jest odniesieniem MGRS; wpisz strefę siatki (np. 35U), kwadrat 100 km (np. LA) i od 2 do 10 cyfr, np. 35U LA 89485 61289.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="92"/>
        <source>&apos;{text}&apos; names UTM zone {zone}; zones run from 1 to 60.</source>
        <translation>„{text}” wskazuje strefę UTM {zone}; strefy mają numery od 1 do 60.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="93"/>
        <source>&apos;{text}&apos; names only the 100 km square {square}; add digits for easting and northing (1 to 5 each) to give a position.</source>
        <translation>„{text}” wskazuje tylko kwadrat 100 km {square}; dodaj cyfry współrzędnej wschodniej i północnej (po 1 do 5), aby podać położenie.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="95"/>
        <source>&apos;{text}&apos; has {count} digits after the square; an MGRS reference has an equal number for easting and northing, 1 to 5 each.</source>
        <translation>„{text}” ma cyfr po kwadracie: {count}; odniesienie MGRS ma tyle samo cyfr dla współrzędnej wschodniej i północnej, po 1 do 5.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="97"/>
        <source>&apos;{text}&apos; is not a valid MGRS reference: the square {square} does not lie in grid zone {zone} at those digits.</source>
        <translation>„{text}” nie jest poprawnym odniesieniem MGRS: kwadrat {square} przy tych cyfrach nie leży w strefie siatki {zone}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="99"/>
        <source>MGRS precision {precision} is not one of 1 (10 km), 2 (1 km), 3 (100 m), 4 (10 m), 5 (1 m).</source>
        <translation>Dokładność MGRS {precision} nie jest żadną z: 1 (10 km), 2 (1 km), 3 (100 m), 4 (10 m), 5 (1 m).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="101"/>
        <source>Latitude {lat}, longitude {lon} cannot be written as an MGRS reference.</source>
        <translation>Szerokości {lat}, długości {lon} nie da się zapisać jako odniesienia MGRS.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="102"/>
        <source>{name} is not a coordinate system name.</source>
        <translation>{name} nie jest nazwą układu współrzędnych.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="103"/>
        <source>&apos;{name}&apos; is not a coordinate system this program knows; use one of {names} or EPSG:nnnn.</source>
        <translation>„{name}” nie jest układem współrzędnych znanym temu programowi; użyj jednego z: {names} lub EPSG:nnnn.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="110"/>
        <source>degrees</source>
        <translation>stopnie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="111"/>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="112"/>
        <source>seconds</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="113"/>
        <source>latitudes</source>
        <translation>szerokości</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="114"/>
        <source>longitudes</source>
        <translation>długości</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="120"/>
        <source>latitude, longitude</source>
        <translation>szerokość, długość</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="121"/>
        <source>longitude, latitude</source>
        <translation>długość, szerokość</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="122"/>
        <source>northing, easting</source>
        <translation>północ (X), wschód (Y)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="123"/>
        <source>easting, northing</source>
        <translation>wschód, północ</translation>
    </message>
</context>
<context>
    <name>derived</name>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="18"/>
        <source>(enter a position)</source>
        <translation>(podaj położenie)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="21"/>
        <source>border {0}</source>
        <translation>granica {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="23"/>
        <source>sector {0}</source>
        <translation>sektor {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="28"/>
        <source>{0} from the border</source>
        <translation>{0} od granicy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="32"/>
        <source>Belarusian side</source>
        <translation>strona białoruska</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="34"/>
        <source>EU side</source>
        <translation>strona UE</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="38"/>
        <source>in the emergency zone</source>
        <translation>w strefie stanu wyjątkowego</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="40"/>
        <source>outside the emergency zone</source>
        <translation>poza strefą stanu wyjątkowego</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="41"/>
        <source>(no border nearby)</source>
        <translation>(brak granicy w pobliżu)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="11"/>
        <source>{path} is not a GeoPackage (no GPKG application id or gpkg_contents table).</source>
        <translation>{path} nie jest plikiem GeoPackage (brak identyfikatora aplikacji GPKG lub tabeli gpkg_contents).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="12"/>
        <source>{path} is a GeoPackage but not a Border Monitor store; import its layer into a store instead of opening it.</source>
        <translation>{path} jest plikiem GeoPackage, ale nie magazynem Border Monitor; zamiast go otwierać, zaimportuj jego warstwę do magazynu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="14"/>
        <source>{path} was written by a newer Border Monitor (schema version {version}); this version reads up to schema version {current}.</source>
        <translation>{path} zapisał nowszy Border Monitor (wersja schematu {version}); ta wersja odczytuje schemat do wersji {current}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="16"/>
        <source>{path} is at schema version {version} and must be upgraded to {current} before it can be read: open it once where it can be written (e.g. border-monitor gui or import).</source>
        <translation>{path} ma schemat w wersji {version} i przed odczytem trzeba go uaktualnić do {current}: otwórz go raz tam, gdzie można zapisywać (np. border-monitor gui lub import).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="19"/>
        <source>{path} cannot be read as a Border Monitor store: {reason}.</source>
        <translation>{path} nie da się odczytać jako magazynu Border Monitor: {reason}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="20"/>
        <source>{address} is neither a file nor a PostgreSQL address: Border Monitor reads GeoPackage files and postgresql:// databases, not {scheme}://.</source>
        <translation>{address} nie jest ani plikiem, ani adresem PostgreSQL: Border Monitor odczytuje pliki GeoPackage i bazy postgresql://, a nie {scheme}://.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="22"/>
        <source>The store {path} does not exist.</source>
        <translation>Magazyn {path} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="23"/>
        <source>The store {path} is a folder, not a file.</source>
        <translation>Magazyn {path} jest folderem, a nie plikiem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="24"/>
        <source>The {what} {path} does not exist.</source>
        <translation>{path} ({what}) nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="25"/>
        <source>The {what} {path} is a folder, not a file.</source>
        <translation>{path} ({what}) jest folderem, a nie plikiem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="26"/>
        <source>{path}: does not exist</source>
        <translation>{path}: plik nie istnieje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="27"/>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: to folder, a nie plik</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="28"/>
        <source>{path}: is not a regular file (a device, a pipe or a socket); only files are read</source>
        <translation>{path}: to nie jest zwykły plik (urządzenie, potok lub gniazdo); odczytywane są tylko pliki</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="30"/>
        <source>{path}: cannot be read (permission denied)</source>
        <translation>{path}: nie można odczytać (brak uprawnień)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="31"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: nie można odczytać ({reason})</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="32"/>
        <source>{path}: is empty</source>
        <translation>{path}: plik jest pusty</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="33"/>
        <source>{path}: is UTF-16 text; save it as UTF-8 (or cp1257/cp1250) CSV</source>
        <translation>{path}: to tekst UTF-16; zapisz go jako CSV w UTF-8 (lub cp1257/cp1250)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="34"/>
        <source>{path}: is not a text file (a NUL byte on line {line}); is it a spreadsheet (.xlsx) or UTF-16 text rather than CSV?</source>
        <translation>{path}: to nie jest plik tekstowy (bajt NUL w wierszu {line}); może to arkusz (.xlsx) lub tekst UTF-16, a nie CSV?</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="36"/>
        <source>{path}: is not UTF-8, cp1257 or cp1250 text: byte {offset} on line {line} cannot be decoded (wrong encoding?)</source>
        <translation>{path}: to nie jest tekst UTF-8, cp1257 ani cp1250: bajtu {offset} w wierszu {line} nie da się zdekodować (złe kodowanie?)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="38"/>
        <source>{path}: cannot import files ending in {suffix}; known suffixes: {known}</source>
        <translation>{path}: nie można importować plików z rozszerzeniem {suffix}; znane rozszerzenia: {known}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="39"/>
        <source>There is no sync package {path}.</source>
        <translation>Pakiet synchronizacji {path} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="40"/>
        <source>{path} is a folder, not a sync package.</source>
        <translation>{path} jest folderem, a nie pakietem synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="41"/>
        <source>The sync package {path} is encrypted: give its passphrase with --passphrase-file.</source>
        <translation>Pakiet synchronizacji {path} jest zaszyfrowany: podaj jego hasło za pomocą --passphrase-file.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="43"/>
        <source>The sync package {path} is not encrypted, but a passphrase was given: it is not the package you expect, or it was written without --passphrase-file.</source>
        <translation>Pakiet synchronizacji {path} nie jest zaszyfrowany, a podano hasło: to nie ten pakiet, którego oczekujesz, albo zapisano go bez --passphrase-file.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="45"/>
        <source>The sync package {path} is not a Border Monitor sync package (not a GeoPackage).</source>
        <translation>Pakiet synchronizacji {path} nie jest pakietem synchronizacji Border Monitor (nie jest plikiem GeoPackage).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="46"/>
        <source>The sync package {path} cannot be opened: the passphrase is wrong, or the package was changed after it was written.</source>
        <translation>Pakietu synchronizacji {path} nie można otworzyć: hasło jest błędne albo pakiet zmieniono po zapisaniu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="48"/>
        <source>The sync package {path} was changed after it was written (its content does not match its digest); it was not applied.</source>
        <translation>Pakiet synchronizacji {path} zmieniono po zapisaniu (treść nie zgadza się z sumą kontrolną); nie został zastosowany.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="50"/>
        <source>The base map {path} does not exist.</source>
        <translation>Mapa podkładowa {path} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="51"/>
        <source>The file {path} is not a base map built by &apos;border-monitor basemap build&apos; (it has no {table} table).</source>
        <translation>Plik {path} nie jest mapą podkładową utworzoną poleceniem „border-monitor basemap build” (brak w nim tabeli {table}).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="53"/>
        <source>The file {path} is not a base map built by &apos;border-monitor basemap build&apos;.</source>
        <translation>Plik {path} nie jest mapą podkładową utworzoną poleceniem „border-monitor basemap build”.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="55"/>
        <source>The OpenStreetMap extract {path} does not exist.</source>
        <translation>Wyciąg OpenStreetMap {path} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="56"/>
        <source>The OpenStreetMap extract {path} is not an .osm.pbf or .osm file.</source>
        <translation>Wyciąg OpenStreetMap {path} nie jest plikiem .osm.pbf ani .osm.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../border_monitor/ui/failure_text.py" line="34"/>
        <source>The operation failed; the technical details (in English) come with this message.</source>
        <translation>Operacja nie powiodła się; szczegóły techniczne (po angielsku) są dołączone do tego komunikatu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/failure_text.py" line="65"/>
        <source>An internal error; details in %1</source>
        <translation>Błąd wewnętrzny; szczegóły w %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/failure_text.py" line="67"/>
        <source>An internal error (%1); it could not be logged.</source>
        <translation>Błąd wewnętrzny (%1); nie udało się go zapisać w dzienniku.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="15"/>
        <source>Lithuania</source>
        <translation>Litwa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="16"/>
        <source>Latvia</source>
        <translation>Łotwa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="17"/>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="18"/>
        <source>Belarus</source>
        <translation>Białoruś</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="25"/>
        <source>Apprehension</source>
        <translation>Zatrzymanie</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="26"/>
        <source>Prevented entry</source>
        <translation>Próba nielegalnego przekroczenia granicy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="27"/>
        <source>Return to Belarus</source>
        <translation>Zawrócenie na Białoruś</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="28"/>
        <source>Smuggling</source>
        <translation>Przemyt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="29"/>
        <source>Trafficking</source>
        <translation>Pomocnictwo w nielegalnym przekroczeniu granicy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="30"/>
        <source>Barrier damage</source>
        <translation>Uszkodzenie zapory</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="31"/>
        <source>Use of force</source>
        <translation>Użycie siły</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="32"/>
        <source>Provocation</source>
        <translation>Prowokacja</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="33"/>
        <source>Military activity</source>
        <translation>Aktywność wojskowa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="34"/>
        <source>Airspace violation</source>
        <translation>Naruszenie przestrzeni powietrznej</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="35"/>
        <source>Humanitarian</source>
        <translation>Pomoc humanitarna</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="36"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="44"/>
        <source>Reported</source>
        <translation>Zgłoszone</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="45"/>
        <source>Verified</source>
        <translation>Zweryfikowane</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="46"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
</context>
<context>
    <name>nationality_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/nationality_texts.py" line="34"/>
        <source>Stateless person</source>
        <translation>Bezpaństwowiec</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/nationality_texts.py" line="35"/>
        <source>Unknown nationality</source>
        <translation>Nieznane obywatelstwo</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/nationality_texts.py" line="36"/>
        <source>Kosovo</source>
        <translation>Kosowo</translation>
    </message>
</context>
<context>
    <name>rejects</name>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="27"/>
        <source>is empty</source>
        <translation>jest puste</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="28"/>
        <source>is not a number</source>
        <translation>nie jest liczbą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="29"/>
        <source>is not a finite number</source>
        <translation>nie jest liczbą skończoną</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="30"/>
        <source>is not a whole number</source>
        <translation>nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="31"/>
        <source>is negative</source>
        <translation>jest ujemne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="32"/>
        <source>is before 2000</source>
        <translation>jest sprzed 2000 roku</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="33"/>
        <source>is in the future</source>
        <translation>jest w przyszłości</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="34"/>
        <source>is not LT, LV or PL</source>
        <translation>nie jest LT, LV ani PL</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="35"/>
        <source>is not a known incident type</source>
        <translation>nie jest znanym typem zdarzenia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="36"/>
        <source>is not a known status</source>
        <translation>nie jest znanym statusem</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="37"/>
        <source>is outside -180..180</source>
        <translation>jest poza zakresem -180..180</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="38"/>
        <source>is outside -90..90</source>
        <translation>jest poza zakresem -90..90</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="39"/>
        <source>is not a UUID</source>
        <translation>nie jest identyfikatorem UUID</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="40"/>
        <source>has a UTC offset that is not +HH:MM</source>
        <translation>ma przesunięcie UTC inne niż +HH:MM</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="41"/>
        <source>is not an MGRS grid reference</source>
        <translation>nie jest odniesieniem siatki MGRS</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="54"/>
        <source>is outside the monitored region (lat %1, lon %2)</source>
        <translation>jest poza monitorowanym regionem (szer. %1, dł. %2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="59"/>
        <source>has %1 fields where the header has %2</source>
        <translation>ma pól: %1, a nagłówek: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="62"/>
        <source>repeats the id of row %1</source>
        <translation>powtarza identyfikator wiersza %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="64"/>
        <source>must be at least 1 for this type</source>
        <translation>dla tego typu musi wynosić co najmniej 1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="71"/>
        <source>sheet &apos;%1&apos;, row %2</source>
        <translation>arkusz „%1”, wiersz %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="74"/>
        <source>line %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="75"/>
        <source>feature %1</source>
        <translation>obiekt %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="95"/>
        <source>northing (X)</source>
        <translation>współrzędna północna (X)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="96"/>
        <source>easting (Y)</source>
        <translation>współrzędna wschodnia (Y)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="97"/>
        <source>latitude</source>
        <translation>szerokość</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="98"/>
        <source>longitude</source>
        <translation>długość</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="114"/>
        <source>the file holds no features</source>
        <translation>plik nie zawiera obiektów</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="116"/>
        <source>%1 holds the %2 values and %3 the %4 values of %5 (it writes the %6 first): they were read that way round</source>
        <translation>%1 zawiera wartości „%2”, a %3 – „%4” układu %5 (zapisuje on najpierw „%6”): odczytano je właśnie tak</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="121"/>
        <source>the columns %1 and %2 were read as %3 (%4): %1 the %5, %2 the %6</source>
        <translation>kolumny %1 i %2 odczytano jako %3 (%4): %1 – %5, %2 – %6</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="124"/>
        <source>the columns %1 and %2 were read as %3 (%4)</source>
        <translation>kolumny %1 i %2 odczytano jako %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="127"/>
        <source>the incident type was read from the %1 field</source>
        <translation>typ zdarzenia odczytano z pola %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="130"/>
        <source>%1 deleted incident(s) of %2 were skipped</source>
        <translation>pominięto usunięte zdarzenia z %2: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="133"/>
        <source>the id column holds no UUIDs (e.g. %1); new ids were made</source>
        <translation>kolumna identyfikatorów nie zawiera UUID (np. %1); utworzono nowe identyfikatory</translation>
    </message>
</context>
<context>
    <name>shifts</name>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="31"/>
        <source>%1 (%2) rising, %3 in 7 days against %4 expected, while its neighbours %5 fall, %6 against %7</source>
        <translation>%1 (%2) rośnie: %3 w 7 dni wobec oczekiwanych %4, a sąsiednie %5 spadają: %6 wobec %7</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="38"/>
        <source>%1 falling, %2 in 7 days against %3 expected, while %4 rises, %5 against %6</source>
        <translation>%1 spada: %2 w 7 dni wobec oczekiwanych %3, a %4 rośnie: %5 wobec %6</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="52"/>
        <source>end of %1 (each service&apos;s local day)</source>
        <translation>koniec dnia %1 (lokalny dzień każdej służby)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="55"/>
        <source>%1 (each service&apos;s local time)</source>
        <translation>%1 (czas lokalny każdej służby)</translation>
    </message>
</context>
<context>
    <name>system_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/system_texts.py" line="15"/>
        <source>WGS 84 decimal degrees</source>
        <translation>WGS 84 stopnie dziesiętne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/system_texts.py" line="16"/>
        <source>WGS 84 degrees, minutes, seconds</source>
        <translation>WGS 84 stopnie, minuty, sekundy</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/system_texts.py" line="17"/>
        <source>MGRS grid reference</source>
        <translation>Współrzędne siatki MGRS</translation>
    </message>
</context>
<context>
    <name>zone_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="18"/>
        <source>reporter&apos;s zone</source>
        <translation>strefa zgłaszającego</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="23"/>
        <source>Time (%1)</source>
        <translation>Czas (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="29"/>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="31"/>
        <source>This &amp;workstation&apos;s (%1)</source>
        <translation>Tego &amp;komputera (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="32"/>
        <source>The &amp;reporter&apos;s (each country&apos;s zone)</source>
        <translation>&amp;Zgłaszającego (strefa każdego kraju)</translation>
    </message>
</context>
</TS>
