<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="29"/>
        <source>About Border Monitor</source>
        <translation>Par Border Monitor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="43"/>
        <source>Incidents on the Lithuanian, Latvian and Polish borders with Belarus.</source>
        <translation>Incidenti uz Lietuvas, Latvijas un Polijas robežas ar Baltkrieviju.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="44"/>
        <source>Python %1, Qt %2, PySide6 %3</source>
        <translation>Python %1, Qt %2, PySide6 %3</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="48"/>
        <source>Store</source>
        <translation>Krātuve</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="51"/>
        <source>The incidents in this store are a synthetic scenario made up for demonstration and training. They follow the public figures of 2021 in outline, but no record is a real event.</source>
        <translation>Šīs krātuves incidenti ir sintētisks scenārijs, kas izveidots demonstrācijai un apmācībai. Vispārīgos vilcienos tie seko 2021. gada publiskajiem skaitļiem, taču neviens ieraksts nav īsts notikums.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="56"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="57"/>
        <source>Borders and countries: © OpenStreetMap contributors, available under the Open Database Licence (ODbL).</source>
        <translation>Robežas un valstis: © OpenStreetMap līdzautori, pieejams saskaņā ar Open Database Licence (ODbL).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="59"/>
        <source>Map library: Leaflet (BSD-2-Clause); map page built with folium (MIT).</source>
        <translation>Karšu bibliotēka: Leaflet (BSD-2-Clause); kartes lapa veidota ar folium (MIT).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="61"/>
        <source>Licence: EUPL-1.2</source>
        <translation>Licence: EUPL-1.2</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="41"/>
        <source>Alerts</source>
        <translation>Brīdinājumi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="92"/>
        <source>No early warning: the store holds no sectors or no incidents.</source>
        <translation>Agrīnā brīdinājuma nav: krātuvē nav sektoru vai incidentu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="104"/>
        <source>Sectors elevated or high</source>
        <translation>Sektori ar paaugstinātu vai augstu līmeni</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="113"/>
        <source>and %1 more</source>
        <translation>un vēl %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="115"/>
        <source>No sector elevated or high</source>
        <translation>Nav sektoru ar paaugstinātu vai augstu līmeni</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="121"/>
        <source>Shifts in pressure</source>
        <translation>Spiediena pārbīdes</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="128"/>
        <source>24 h: %1 · 7 d: %2</source>
        <translation>24 h: %1 · 7 d.: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="133"/>
        <source>24 h: %1 (exp. %2) · 7 d: %3 (exp. %4)</source>
        <translation>24 h: %1 (gaidīts %2) · 7 d.: %3 (gaidīts %4)</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="161"/>
        <source>Add...</source>
        <translation>Pievienot...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="162"/>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="163"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="164"/>
        <source>Attach photos or documents to this incident</source>
        <translation>Pievienot šim incidentam fotoattēlus vai dokumentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="165"/>
        <source>Open the selected file with the system&apos;s viewer</source>
        <translation>Atvērt izvēlēto failu ar sistēmas skatītāju</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="166"/>
        <source>Remove the selected files from the store</source>
        <translation>Noņemt izvēlētos failus no krātuves</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="205"/>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="206"/>
        <source>are kept in GeoPackage stores only; this shared store holds none.</source>
        <translation>glabājas tikai GeoPackage krātuvēs; šajā koplietotajā krātuvē to nav.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="219"/>
        <source>%1
%2, %3
added %4 by %5</source>
        <translation>%1
%2, %3
pievienoja %5, %4</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="224"/>
        <source>Attachments (%1)</source>
        <translation>Pielikumi (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="242"/>
        <source>Attach files</source>
        <translation>Pievienot failus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="243"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.heic *.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt *.mp4);;All files (*)</source>
        <translation>Fotoattēli un dokumenti (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.heic *.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt *.mp4);;Visi faili (*)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="263"/>
        <source>Attach refused</source>
        <translation>Pielikums noraidīts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="275"/>
        <location filename="../../border_monitor/ui/attachments_section.py" line="278"/>
        <source>Cannot open the attachment</source>
        <translation>Nevar atvērt pielikumu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="279"/>
        <source>No program on this computer opens %1 (%2); it was saved as %3</source>
        <translation>Šajā datorā nav programmas, kas atver %1 (%2); tas saglabāts kā %3</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="290"/>
        <source>Remove attachments</source>
        <translation>Noņemt pielikumus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="291"/>
        <source>Remove %1 from the store? The audit log keeps its name and checksum, not the file.</source>
        <translation>Noņemt %1 no krātuves? Audita žurnālā paliek nosaukums un kontrolsumma, nevis fails.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="306"/>
        <source>Remove refused</source>
        <translation>Noņemšana noraidīta</translation>
    </message>
</context>
<context>
    <name>BriefingMode</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/mode.py" line="26"/>
        <source>&amp;Briefing mode</source>
        <translation>&amp;Instruktāžas režīms</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/mode.py" line="29"/>
        <source>The wall display: map, impact levels, figures and alerts, full screen (Esc leaves)</source>
        <translation>Sienas displejs: karte, ietekmes līmeņi, skaitļi un brīdinājumi pilnekrānā (Esc iziet)</translation>
    </message>
</context>
<context>
    <name>BriefingTimeline</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/timeline.py" line="37"/>
        <source>Incidents per day (last 7 days shaded)</source>
        <translation>Incidenti dienā (pēdējās 7 dienas iekrāsotas)</translation>
    </message>
</context>
<context>
    <name>BriefingWindow</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="66"/>
        <source>Border Monitor - Briefing</source>
        <translation>Border Monitor - instruktāža</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="77"/>
        <source>Border situation</source>
        <translation>Situācija uz robežas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="81"/>
        <source>DEMO</source>
        <translation>DEMONSTRĀCIJA</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="82"/>
        <source>DEMO - synthetic data</source>
        <translation>DEMO - sintētiski dati</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="209"/>
        <source>As of %1: the store&apos;s newest data</source>
        <translation>Stāvoklis %1: krātuves jaunākie dati</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="210"/>
        <source>As of %1 (given)</source>
        <translation>Stāvoklis %1 (norādīts)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="217"/>
        <source>the end of %1</source>
        <translation>%1 beigas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="222"/>
        <source>last 24 h</source>
        <translation>pēdējās 24 h</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="222"/>
        <source>last 7 days</source>
        <translation>pēdējās 7 dienas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="243"/>
        <source>The store holds no incidents</source>
        <translation>Krātuvē nav incidentu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="246"/>
        <source>Data as of %1</source>
        <translation>Dati uz %1</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="36"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="37"/>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="38"/>
        <source>Type and persons</source>
        <translation>Veids un personas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="39"/>
        <source>Position</source>
        <translation>Atrašanās vieta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="40"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="41"/>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="42"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="43"/>
        <source>Deleted or kept</source>
        <translation>Dzēsts vai paturēts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="79"/>
        <source>Keep the picked fields</source>
        <translation>Paturēt izvēlētos laukus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="81"/>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="224"/>
        <source>Merge field by field: keep the version picked in each row</source>
        <translation>Apvienot pa laukiem: paturēt katrā rindā izvēlēto versiju</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="83"/>
        <source>%1 marks the provisional winner, which the store shows until someone picks.</source>
        <translation>%1 apzīmē pagaidu uzvarētāju, ko krātuve rāda, līdz kāds izvēlas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="117"/>
        <source>No store is open.</source>
        <translation>Nav atvērta neviena krātuve.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="119"/>
        <source>The store is open read-only: conflicts cannot be resolved here.</source>
        <translation>Krātuve atvērta tikai lasīšanai: konfliktus šeit nevar atrisināt.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="144"/>
        <source>No conflicts: every synced change merged.</source>
        <translation>Konfliktu nav: visas sinhronizētās izmaiņas apvienotas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="145"/>
        <source>%n incident(s) changed on two stores in ways sync cannot merge.</source>
        <translation>
            <numerusform>%n incidents mainīts divās krātuvēs tā, ka sinhronizācija to nevar apvienot.</numerusform>
            <numerusform>%n incidenti mainīti divās krātuvēs tā, ka sinhronizācija tos nevar apvienot.</numerusform>
            <numerusform>%n incidentu mainīts divās krātuvēs tā, ka sinhronizācija tos nevar apvienot.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="178"/>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="181"/>
        <source>Version by %1</source>
        <translation>%1 versija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="201"/>
        <source>(revision %1)</source>
        <translation>(redakcija %1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="210"/>
        <source>Keep this: %1</source>
        <translation>Paturēt šo: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="212"/>
        <source>Keep the version by %1 for every field in conflict</source>
        <translation>Paturēt %1 versiju visiem laukiem konfliktā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="267"/>
        <source>Resolve a conflict</source>
        <translation>Atrisināt konfliktu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="268"/>
        <source>Writing the versions kept...</source>
        <translation>Raksta paturētās versijas...</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="97"/>
        <source>Connect to shared store</source>
        <translation>Pieslēgties koplietojamai krātuvei</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="106"/>
        <source>Remember the password in the system keyring</source>
        <translation>Atcerēties paroli sistēmas atslēgu glabātuvē</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="110"/>
        <source>No system keyring is available: the password is asked each time.</source>
        <translation>Sistēmas atslēgu glabātuve nav pieejama: parole tiek prasīta katru reizi.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="114"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveris:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="115"/>
        <source>&amp;Port:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="116"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datubāze:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="117"/>
        <source>&amp;User:</source>
        <translation>&amp;Lietotājs:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="118"/>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;role:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="121"/>
        <source>&amp;Connect</source>
        <translation>Pie&amp;slēgties</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="150"/>
        <source>Name the server (a host name or address).</source>
        <translation>Norādiet serveri (resursdatora nosaukumu vai adresi).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="152"/>
        <source>Name the database of the shared store.</source>
        <translation>Norādiet koplietojamās krātuves datubāzi.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="154"/>
        <source>Name the database user to connect as.</source>
        <translation>Norādiet datubāzes lietotāju, ar kuru pieslēgties.</translation>
    </message>
</context>
<context>
    <name>CoordinateEdit</name>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="45"/>
        <source>Written as: {0}</source>
        <extracomment>The systems offered in the form, in this order (LAEA stays available to the CLI).</extracomment>
        <translation>Raksta šādi: {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="124"/>
        <source>WGS 84: {0}</source>
        <translation>WGS 84: {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="160"/>
        <source>northing easting</source>
        <translation>ziemeļi (X) austrumi (Y)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="160"/>
        <source>easting northing</source>
        <translation>austrumi ziemeļi</translation>
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
        <translation>Laiks (UTC)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="89"/>
        <source>No incident selected.</source>
        <translation>Incidents nav atlasīts.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="122"/>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="123"/>
        <source>Border</source>
        <translation>Robeža</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="124"/>
        <source>Sector</source>
        <translation>Sektors</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="125"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="126"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="127"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="128"/>
        <source>Nationalities</source>
        <translation>Pilsonības</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="129"/>
        <source>Position</source>
        <translation>Atrašanās vieta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="130"/>
        <source>Distance to border</source>
        <translation>Attālums līdz robežai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="131"/>
        <source>Side</source>
        <translation>Puse</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="132"/>
        <source>In border zone</source>
        <translation>Pierobežas joslā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="133"/>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="133"/>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="134"/>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="135"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="136"/>
        <source>Revision</source>
        <translation>Redakcija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="137"/>
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="138"/>
        <source>Updated</source>
        <translation>Atjaunināts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="139"/>
        <source>Origin</source>
        <translation>Izcelsme</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="140"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="144"/>
        <source>%1 incidents selected; showing the last one.</source>
        <translation>Atlasīti incidenti: %1; rāda pēdējo.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="147"/>
        <source>This incident is deleted.</source>
        <translation>Šis incidents ir dzēsts.</translation>
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
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="100"/>
        <source>&amp;Redo</source>
        <translation>At&amp;kārtot</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="114"/>
        <source>&amp;New incident...</source>
        <translation>&amp;Jauns incidents...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="115"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="228"/>
        <source>Record a new incident</source>
        <translation>Reģistrēt jaunu incidentu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="116"/>
        <source>New incident &amp;here...</source>
        <translation>Jauns incidents &amp;šeit...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="117"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="229"/>
        <source>Record an incident at this point</source>
        <translation>Reģistrēt incidentu šajā vietā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="118"/>
        <source>&amp;Edit incident...</source>
        <translation>&amp;Labot incidentu...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="119"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="234"/>
        <source>Edit the selected incident (Enter in the table)</source>
        <translation>Labot atlasīto incidentu (Enter tabulā)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="120"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="122"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="237"/>
        <source>Delete the selected incidents (they can be restored)</source>
        <translation>Dzēst atlasītos incidentus (tos var atjaunot)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="123"/>
        <source>Restore &amp;deleted...</source>
        <translation>Atjaunot &amp;dzēstos...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="124"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="231"/>
        <source>Bring back deleted incidents</source>
        <translation>Atgūt dzēstos incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="125"/>
        <source>&amp;Copy coordinates</source>
        <translation>&amp;Kopēt koordinātas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="126"/>
        <source>Copy the position in the chosen system</source>
        <translation>Kopēt atrašanās vietu izvēlētajā sistēmā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="127"/>
        <source>Copy coordinates of this &amp;point</source>
        <translation>Kopēt šī &amp;punkta koordinātas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="130"/>
        <source>Set &amp;status</source>
        <translation>Iestatīt &amp;statusu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="140"/>
        <source>Coordinate s&amp;ystem</source>
        <translation>Koordinātu s&amp;istēma</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="181"/>
        <source>Editing</source>
        <translation>Rediģēšana</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="207"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="305"/>
        <source>Edit incident</source>
        <translation>Labot incidentu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="282"/>
        <source>You are connected as %1: you record incidents of %2 only.</source>
        <translation>Jūs esat pieslēdzies kā %1: jūs reģistrējat tikai %2 incidentus.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="302"/>
        <source>New incident</source>
        <translation>Jauns incidents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="322"/>
        <source>Set status %1 on %Ln incident(s)</source>
        <translation>
            <numerusform>Iestatīt statusu %1 %Ln incidentam</numerusform>
            <numerusform>Iestatīt statusu %1 %Ln incidentiem</numerusform>
            <numerusform>Iestatīt statusu %1 %Ln incidentiem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="346"/>
        <source>Delete %Ln incident(s)</source>
        <translation>
            <numerusform>Dzēst %Ln incidentu</numerusform>
            <numerusform>Dzēst %Ln incidentus</numerusform>
            <numerusform>Dzēst %Ln incidentu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="352"/>
        <source>Restore %Ln incident(s)</source>
        <translation>
            <numerusform>Atjaunot %Ln incidentu</numerusform>
            <numerusform>Atjaunot %Ln incidentus</numerusform>
            <numerusform>Atjaunot %Ln incidentu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="360"/>
        <source>import of %1 (%Ln incident(s))</source>
        <translation>
            <numerusform>%1 importu (%Ln incidents)</numerusform>
            <numerusform>%1 importu (%Ln incidenti)</numerusform>
            <numerusform>%1 importu (%Ln incidentu)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="337"/>
        <source>Move incident</source>
        <translation>Pārvietot incidentu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="393"/>
        <source>Copied {0}</source>
        <translation>Nokopēts: {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="403"/>
        <source>Copy {0}</source>
        <translation>Kopēt {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="427"/>
        <source>Edit refused</source>
        <translation>Labojums noraidīts</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../border_monitor/ui/actions/export_dialog.py" line="20"/>
        <source>CSV table</source>
        <translation>CSV tabula</translation>
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
        <translation>Excel darbgrāmata</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="57"/>
        <source>Headline figures</source>
        <translation>Galvenie skaitļi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>7 days</source>
        <translation>7 dienas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>vs week before</source>
        <translation>pret iepriekšējo nedēļu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="130"/>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="145"/>
        <source>Top: %1</source>
        <translation>Visvairāk: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="147"/>
        <source>No persons in the last 7 days</source>
        <translation>Pēdējās 7 dienās personu nav</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="148"/>
        <source>%1 persons today</source>
        <translation>Personas šodien: %1</translation>
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
        <translation>Atvērt krātuvi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="72"/>
        <source>Border Monitor stores (*.gpkg);;All files (*)</source>
        <translation>Border Monitor krātuves (*.gpkg);;Visi faili (*)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="90"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="101"/>
        <source>Opened %1</source>
        <translation>Atvērts: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="93"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="104"/>
        <source>Opening %1...</source>
        <translation>Atver %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="114"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="144"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="198"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="212"/>
        <source>Import incidents</source>
        <translation>Importēt incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="115"/>
        <source>Incident files (%1);;All files (*)</source>
        <translation>Incidentu faili (%1);;Visi faili (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="152"/>
        <source>%1: %Ln row(s) have problems and cannot be imported:</source>
        <translation>
            <numerusform>%1: %Ln rindā ir kļūdas, to nevar importēt:</numerusform>
            <numerusform>%1: %Ln rindās ir kļūdas, tās nevar importēt:</numerusform>
            <numerusform>%1: %Ln rindās ir kļūdas, tās nevar importēt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="159"/>
        <source>Import the %Ln good row(s)?</source>
        <translation>
            <numerusform>Importēt %Ln derīgo rindu?</numerusform>
            <numerusform>Importēt %Ln derīgās rindas?</numerusform>
            <numerusform>Importēt %Ln derīgo rindu?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="186"/>
        <source>%Ln incident(s) lie on the Belarusian side, up to %1 km from the line.</source>
        <translation>
            <numerusform>%Ln incidents atrodas Baltkrievijas pusē, līdz %1 km no līnijas.</numerusform>
            <numerusform>%Ln incidenti atrodas Baltkrievijas pusē, līdz %1 km no līnijas.</numerusform>
            <numerusform>%Ln incidentu atrodas Baltkrievijas pusē, līdz %1 km no līnijas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="195"/>
        <source>%Ln of them lie more than 1 km inside: often a mistyped coordinate.</source>
        <translation>
            <numerusform>%Ln no tiem atrodas vairāk nekā 1 km dziļumā: bieži tā ir kļūdaini ievadīta koordināta.</numerusform>
            <numerusform>%Ln no tiem atrodas vairāk nekā 1 km dziļumā: bieži tā ir kļūdaini ievadīta koordināta.</numerusform>
            <numerusform>%Ln no tiem atrodas vairāk nekā 1 km dziļumā: bieži tā ir kļūdaini ievadīta koordināta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="197"/>
        <source>Store all %Ln incident(s) of %1?</source>
        <translation>
            <numerusform>Saglabāt %Ln incidentu no %1?</numerusform>
            <numerusform>Saglabāt visus %Ln incidentus no %1?</numerusform>
            <numerusform>Saglabāt %Ln incidentu no %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="219"/>
        <source>Imported %Ln incident(s) from %1.</source>
        <translation>
            <numerusform>Importēts %Ln incidents no %1.</numerusform>
            <numerusform>Importēti %Ln incidenti no %1.</numerusform>
            <numerusform>Importēts %Ln incidentu no %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="226"/>
        <source>Writing %Ln incident(s)...</source>
        <translation>
            <numerusform>Raksta %Ln incidentu...</numerusform>
            <numerusform>Raksta %Ln incidentus...</numerusform>
            <numerusform>Raksta %Ln incidentu...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="254"/>
        <source>Exported %Ln incident(s) to %1</source>
        <translation>
            <numerusform>Eksportēts %Ln incidents uz %1</numerusform>
            <numerusform>Eksportēti %Ln incidenti uz %1</numerusform>
            <numerusform>Eksportēts %Ln incidentu uz %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="266"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="279"/>
        <source>Add a base map</source>
        <translation>Pievienot pamatkarti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="267"/>
        <source>Base maps (*.gpkg *.mbtiles);;All files (*)</source>
        <translation>Pamatkartes (*.gpkg *.mbtiles);;Visi faili (*)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="155"/>
        <source>... and %1 more.</source>
        <translation>... un vēl %1.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="173"/>
        <source>%1 holds no incidents.</source>
        <translation>%1 nav incidentu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="177"/>
        <source>Reading %1...</source>
        <translation>Nolasa %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="234"/>
        <source>Export the incidents in the filter</source>
        <translation>Eksportēt filtra incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="250"/>
        <source>Export incidents</source>
        <translation>Eksportēt incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="258"/>
        <source>Writing %1...</source>
        <translation>Raksta %1...</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="81"/>
        <location filename="../../border_monitor/ui/filters_panel.py" line="85"/>
        <source>Clear area</source>
        <translation>Notīrīt apgabalu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="86"/>
        <source>Clear area: stop filtering by the box drawn on the map</source>
        <translation>Notīrīt apgabalu: vairs nefiltrēt pēc kartē uzzīmētā taisnstūra</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="92"/>
        <source>Dates (local time of the reporting country)</source>
        <translation>Datumi (ziņotājas valsts vietējā laikā)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="94"/>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="96"/>
        <source>To</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="108"/>
        <source>Countries</source>
        <translation>Valstis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="110"/>
        <source>Incident types</source>
        <translation>Incidentu veidi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="112"/>
        <source>Statuses</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="117"/>
        <source>Text in description, source, sector, nationality</source>
        <translation>Teksts aprakstā, avotā, sektorā, pilsonībā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="121"/>
        <source>Zoom to results</source>
        <translation>Tuvināt rezultātus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="123"/>
        <source>Fit the map to the incidents in the filter</source>
        <translation>Parādīt kartē visus filtra incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="124"/>
        <source>Clear filter</source>
        <translation>Notīrīt filtru</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="208"/>
        <source>Area: %1</source>
        <translation>Apgabals: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>When</source>
        <extracomment>Written by the store on every write; not worth a line in the history. Shown for a create, in this order.</extracomment>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>Before</source>
        <translation>Pirms</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="84"/>
        <source>After</source>
        <translation>Pēc</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="90"/>
        <location filename="../../border_monitor/ui/editing/history.py" line="130"/>
        <source>No incident selected.</source>
        <translation>Nav izvēlēts incidents.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="140"/>
        <source>No recorded changes.</source>
        <translation>Reģistrētu izmaiņu nav.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="161"/>
        <source>origin: {0}</source>
        <translation>izcelsme: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="51"/>
        <source>(not imported)</source>
        <extracomment>The coordinate systems offered, after &quot;found from the values&quot;.</extracomment>
        <translation>(netiek importēts)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="52"/>
        <source>Date (and time)</source>
        <translation>Datums (un laiks)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="53"/>
        <source>Time of day</source>
        <translation>Diennakts laiks</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="54"/>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="55"/>
        <source>Incident type</source>
        <translation>Incidenta veids</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="56"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="57"/>
        <source>Nationalities</source>
        <translation>Pilsonības</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="58"/>
        <source>Latitude</source>
        <translation>Platums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="59"/>
        <source>Longitude</source>
        <translation>Garums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="60"/>
        <source>X (national grid: northing)</source>
        <translation>X (nacionālais tīkls: ziemeļi)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="61"/>
        <source>Y (national grid: easting)</source>
        <translation>Y (nacionālais tīkls: austrumi)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="62"/>
        <source>Northing</source>
        <translation>Ziemeļu koordināta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="63"/>
        <source>Easting</source>
        <translation>Austrumu koordināta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="64"/>
        <source>MGRS reference</source>
        <translation>MGRS atsauce</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="65"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="66"/>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="67"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="68"/>
        <source>Id (UUID)</source>
        <translation>ID (UUID)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="98"/>
        <source>Import %1</source>
        <translation>Importēt %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="102"/>
        <source>encoding %1</source>
        <translation>kodējums %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="104"/>
        <source>separator %1</source>
        <translation>atdalītājs %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="106"/>
        <source>sheet %1, header on row %2</source>
        <translation>lapa %1, galvene %2. rindā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="108"/>
        <source>%1 (%2): the first %3 rows as read</source>
        <translation>%1 (%2): pirmās %3 rindas, kā nolasītas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="115"/>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="136"/>
        <source>Found from the values</source>
        <translation>Noteikts pēc vērtībām</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="147"/>
        <source>Profile name, e.g. VSAT daily report</source>
        <translation>Profila nosaukums, piem., VRS diennakts pārskats</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="148"/>
        <source>Save profile</source>
        <translation>Saglabāt profilu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="165"/>
        <source>Coordinate system:</source>
        <translation>Koordinātu sistēma:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="166"/>
        <source>Mapping profile:</source>
        <translation>Kolonnu profils:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="169"/>
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="236"/>
        <source>(guessed from the headers)</source>
        <translation>(uzminēts pēc galvenēm)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="239"/>
        <source>%1 (other columns)</source>
        <translation>%1 (citas kolonnas)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="276"/>
        <source>Type a name for the profile first</source>
        <translation>Vispirms ierakstiet profila nosaukumu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="293"/>
        <source>Checking the file...</source>
        <translation>Pārbauda failu...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="309"/>
        <source>The file cannot be imported this way:</source>
        <translation>Šo failu nevar importēt šādi:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="318"/>
        <source>%Ln of %1 row(s) would be rejected; the first reasons:</source>
        <translation>
            <numerusform>No %1 rindām tiktu noraidīta %Ln; pirmie iemesli:</numerusform>
            <numerusform>No %1 rindām tiktu noraidītas %Ln; pirmie iemesli:</numerusform>
            <numerusform>No %1 rindām tiktu noraidītas %Ln; pirmie iemesli:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="320"/>
        <source>All %1 rows can be imported.</source>
        <translation>Var importēt visas %1 rindas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="323"/>
        <source>Note: %1</source>
        <translation>Piezīme: %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="59"/>
        <source>New incident</source>
        <translation>Jauns incidents</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="59"/>
        <source>Edit incident</source>
        <translation>Labot incidentu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="105"/>
        <source>Time (local)</source>
        <translation>Laiks (vietējais)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="110"/>
        <source>Reporting country</source>
        <translation>Ziņotāja valsts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="115"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="119"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="122"/>
        <source>Nationalities</source>
        <translation>Pilsonības</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="125"/>
        <source>Location</source>
        <translation>Atrašanās vieta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="130"/>
        <source>Derived</source>
        <translation>Atvasinātie dati</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="135"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="138"/>
        <source>e.g. patrol, camera, report number</source>
        <translation>piem., patruļa, kamera, ziņojuma numurs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="139"/>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="144"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="325"/>
        <source>&apos;%1&apos; %2.</source>
        <translation>“%1” %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="334"/>
        <source>Position on the Belarusian side</source>
        <translation>Atrašanās vieta Baltkrievijas pusē</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="335"/>
        <source>The position lies on the Belarusian side of the border. Save the incident as an observation across the line?</source>
        <translation>Atrašanās vieta ir Baltkrievijas robežas pusē. Saglabāt incidentu kā novērojumu pāri robežlīnijai?</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Sector</source>
        <translation>Sektors</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Nationalities</source>
        <translation>Pilsonības</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Distance to border</source>
        <translation>Attālums līdz robežai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Description</source>
        <translation>Apraksts</translation>
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
        <translation>&amp;Valoda</translation>
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
        <translation>Filtri</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="82"/>
        <source>Incident details</source>
        <translation>Incidenta dati</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="84"/>
        <source>Timeline</source>
        <translation>Laika ass</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="85"/>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="178"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="182"/>
        <source>&amp;Open store...</source>
        <translation>&amp;Atvērt krātuvi...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="184"/>
        <source>&amp;Connect to shared store...</source>
        <translation>Pie&amp;slēgties koplietojamai krātuvei...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="187"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importēt...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="188"/>
        <source>&amp;Export...</source>
        <translation>&amp;Eksportēt...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="190"/>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="219"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="221"/>
        <source>&amp;About Border Monitor</source>
        <translation>&amp;Par Border Monitor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="272"/>
        <source>no store</source>
        <translation>nav krātuves</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="275"/>
        <source>%1 (as %2)</source>
        <translation>%1 (kā %2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="276"/>
        <source>Store: %1</source>
        <translation>Krātuve: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="290"/>
        <source>Who is working: written into the history of every change (Edit &gt; Settings...)</source>
        <translation>Kas strādā: ierakstīts katras izmaiņas vēsturē (Rediģēt &gt; Iestatījumi...)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/main_window.py" line="262"/>
        <location filename="../../border_monitor/ui/main_window.py" line="312"/>
        <source>%Ln incident(s) in the filter</source>
        <translation>
            <numerusform>%Ln incidents filtrā</numerusform>
            <numerusform>%Ln incidenti filtrā</numerusform>
            <numerusform>%Ln incidentu filtrā</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="124"/>
        <source>Se&amp;ttings...</source>
        <translation>&amp;Iestatījumi...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="180"/>
        <source>&amp;New store...</source>
        <translation>&amp;Jauna krātuve...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="189"/>
        <source>Add &amp;base map...</source>
        <translation>Pievienot &amp;pamatkarti...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="283"/>
        <source>DEMO - synthetic data</source>
        <translation>DEMO - sintētiski dati</translation>
    </message>
</context>
<context>
    <name>MapImageDialog</name>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="87"/>
        <source>Export map image</source>
        <translation>Eksportēt kartes attēlu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="98"/>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="101"/>
        <source>Choose...</source>
        <translation>Izvēlēties...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="107"/>
        <source>Width</source>
        <translation>Platums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="108"/>
        <source>Height</source>
        <translation>Augstums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="109"/>
        <source>Scale (sharpness for print)</source>
        <translation>Mērogs (asums drukai)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="110"/>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="117"/>
        <source>Save the map image</source>
        <translation>Saglabāt kartes attēlu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="119"/>
        <source>PNG image (*.png)</source>
        <translation>PNG attēls (*.png)</translation>
    </message>
</context>
<context>
    <name>MapLayerActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="41"/>
        <source>Add &amp;online base map...</source>
        <translation>Pievienot &amp;tiešsaistes pamatkarti...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="43"/>
        <source>&amp;Remove online base map</source>
        <translation>&amp;Noņemt tiešsaistes pamatkarti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="44"/>
        <source>&amp;Update reference layers</source>
        <translation>&amp;Atjaunināt atsauces slāņus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="46"/>
        <source>Rewrite the store&apos;s borders, crossing points, zones and sectors from the data this version ships</source>
        <translation>Pārrakstīt krātuves robežas, robežšķērsošanas vietas, zonas un sektorus ar šīs versijas datiem</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="82"/>
        <source>Add an online base map</source>
        <translation>Pievienot tiešsaistes pamatkarti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="87"/>
        <source>Added the base map %1: choose it in the map&apos;s layer control.</source>
        <translation>Pievienota pamatkarte %1: izvēlieties to kartes slāņu izvēlnē.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="100"/>
        <source>Removed the base map %1.</source>
        <translation>Noņemta pamatkarte %1.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="124"/>
        <source>Update reference layers</source>
        <translation>Atjaunināt atsauces slāņus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="126"/>
        <source>Open a store first: the reference layers are kept in the store.</source>
        <translation>Vispirms atveriet krātuvi: atsauces slāņi glabājas krātuvē.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="132"/>
        <source>The reference layers of %1 were not updated: %2</source>
        <translation>%1 atsauces slāņi netika atjaunināti: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="136"/>
        <source>The reference layers of %1 were updated.</source>
        <translation>%1 atsauces slāņi atjaunināti.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="11"/>
        <source>© OpenStreetMap contributors (ODbL)</source>
        <translation>© OpenStreetMap līdzautori (ODbL)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="16"/>
        <source>open</source>
        <translation>atvērta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="17"/>
        <source>closed</source>
        <translation>slēgta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="18"/>
        <source>uncertain</source>
        <translation>nav skaidrs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="22"/>
        <source>Countries</source>
        <translation>Valstis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="23"/>
        <source>Borders with Belarus</source>
        <translation>Robežas ar Baltkrieviju</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="24"/>
        <source>Emergency zones (2021)</source>
        <translation>Ārkārtējās situācijas teritorijas (2021)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="25"/>
        <source>Sectors (approximate)</source>
        <translation>Sektori (aptuveni)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="26"/>
        <source>Crossing points</source>
        <translation>Robežšķērsošanas vietas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="27"/>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="28"/>
        <source>Heat map</source>
        <translation>Blīvuma karte</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="31"/>
        <source>No base map</source>
        <translation>Bez pamatkartes</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="32"/>
        <source>Map layers</source>
        <translation>Kartes slāņi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="33"/>
        <source>{n} incidents, {p} persons (click to zoom in)</source>
        <translation>Incidenti: {n}, personas: {p} (noklikšķiniet, lai tuvinātu)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="34"/>
        <source>Zoom in</source>
        <translation>Tuvināt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="35"/>
        <source>Zoom out</source>
        <translation>Tālināt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="37"/>
        <source>Border {border}: {km} km (official length)</source>
        <translation>Robeža {border}: {km} km (oficiālais garums)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>To</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>open-ended</source>
        <translation>bez beigu termiņa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="39"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="43"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="72"/>
        <source>Sector</source>
        <translation>Sektors</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="42"/>
        <source>Border</source>
        <translation>Robeža</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <source>Length</source>
        <translation>Garums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="42"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="42"/>
        <source>Status in 2021</source>
        <translation>Statuss 2021. gadā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="43"/>
        <source>Status now</source>
        <translation>Pašreizējais statuss</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="43"/>
        <source>closed {date}</source>
        <translation>slēgta {date}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="44"/>
        <source>reopened {date}</source>
        <translation>atkal atvērta {date}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="44"/>
        <source>road</source>
        <translation>autoceļa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="44"/>
        <source>rail</source>
        <translation>dzelzceļa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="48"/>
        <source>Incident types</source>
        <translation>Incidentu veidi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="49"/>
        <source>Incidents per cell</source>
        <translation>Incidenti šūnā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="50"/>
        <source>few</source>
        <translation>maz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="51"/>
        <source>many</source>
        <translation>daudz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="52"/>
        <source>{n} incidents in {cells} cells of {cell}°; zoom in for single incidents</source>
        <translation>Incidenti: {n}, {cell}° šūnas: {cells}; tuviniet, lai redzētu atsevišķus incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="53"/>
        <source>{n} incidents in and around the view</source>
        <translation>Incidenti skatā un ap to: {n}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="54"/>
        <source>Only {n} incidents are shown: zoom in to see all</source>
        <translation>Parādīti tikai {n} incidenti: tuviniet, lai redzētu visus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="55"/>
        <source>Show the legend</source>
        <translation>Rādīt leģendu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="56"/>
        <source>Hide the legend</source>
        <translation>Slēpt leģendu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="57"/>
        <source>Outside the reference geography</source>
        <translation>Ārpus atsauces ģeogrāfijas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="59"/>
        <source>Move this incident</source>
        <translation>Pārvietot šo incidentu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="60"/>
        <source>Drag to the new place and let go; Esc cancels</source>
        <translation>Velciet uz jauno vietu un atlaidiet; Esc atceļ</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="61"/>
        <source>Draw a box to filter by area (or shift+drag on the map)</source>
        <translation>Uzzīmējiet taisnstūri, lai filtrētu pēc apgabala (vai Shift+vilkšana kartē)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="62"/>
        <source>Clear the area filter</source>
        <translation>Notīrīt apgabala filtru</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="68"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="69"/>
        <source>When (UTC)</source>
        <translation>Kad (UTC)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="70"/>
        <source>Reported by</source>
        <translation>Ziņoja</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="71"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="73"/>
        <source>Distance to border</source>
        <translation>Attālums līdz robežai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="74"/>
        <source>Nationalities</source>
        <translation>Pilsonības</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="75"/>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="76"/>
        <source>Side</source>
        <translation>Puse</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="27"/>
        <location filename="../../border_monitor/ui/map/impact.py" line="32"/>
        <source>normal</source>
        <translation>parasts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="28"/>
        <location filename="../../border_monitor/ui/map/impact.py" line="33"/>
        <source>elevated</source>
        <translation>paaugstināts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="29"/>
        <location filename="../../border_monitor/ui/map/impact.py" line="34"/>
        <source>high</source>
        <translation>augsts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="30"/>
        <source>Impact level of the sectors</source>
        <translation>Sektoru ietekmes līmenis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="31"/>
        <source>Impact level (early warning)</source>
        <translation>Ietekmes līmenis (agrīnais brīdinājums)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="35"/>
        <source>at {at}</source>
        <translation>uz {at}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="42"/>
        <source>24 h: %1 (%2 expected), 7 days: %3 (%4 expected)</source>
        <translation>24 h: %1 (gaidīts %2), 7 dienas: %3 (gaidīts %4)</translation>
    </message>
</context>
<context>
    <name>MapTools</name>
    <message>
        <location filename="../../border_monitor/ui/map/tool_layers.py" line="22"/>
        <source>MGRS grid</source>
        <translation>MGRS režģis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tool_layers.py" line="23"/>
        <source>National grid</source>
        <translation>Nacionālais režģis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="78"/>
        <source>Click points to measure a distance; double-click ends, Esc stops measuring.</source>
        <translation>Noklikšķiniet punktus, lai mērītu attālumu; dubultklikšķis beidz, Esc pārtrauc mērīšanu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="79"/>
        <source>Click the corners of an area; double-click ends, Esc stops measuring.</source>
        <translation>Noklikšķiniet apgabala stūrus; dubultklikšķis beidz, Esc pārtrauc mērīšanu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="80"/>
        <source>Click the centre of the range rings (%1); Esc stops.</source>
        <translation>Noklikšķiniet attāluma apļu centru (%1); Esc pārtrauc.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="161"/>
        <source>Range rings %1 around %2</source>
        <translation>Attāluma apļi %1 ap %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="165"/>
        <source>Click the next point.</source>
        <translation>Noklikšķiniet nākamo punktu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="171"/>
        <source>Area %1, perimeter %2</source>
        <translation>Laukums %1, perimetrs %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="177"/>
        <source>Click the next corner.</source>
        <translation>Noklikšķiniet nākamo stūri.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="179"/>
        <source>Distance %1</source>
        <translation>Attālums %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="180"/>
        <source>Distance %1 (%2 segments)</source>
        <translation>Attālums %1 (posmi: %2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="207"/>
        <source>National grid: the view is outside LT, LV and PL</source>
        <translation>Nacionālais tīkls: skats ir ārpus LT, LV un PL</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="209"/>
        <source>MGRS grid zones (zoom in for the 100 km squares)</source>
        <translation>MGRS tīkla zonas (tuviniet, lai redzētu 100 km kvadrātus)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="212"/>
        <source>MGRS, %1 squares</source>
        <translation>MGRS, %1 kvadrāti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="214"/>
        <source>%1 (EPSG:%2), lines every %3, values in km</source>
        <translation>%1 (EPSG:%2), līnijas ik pēc %3, vērtības km</translation>
    </message>
</context>
<context>
    <name>MeasureActions</name>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="51"/>
        <source>Measure &amp;distance</source>
        <translation>Mērīt &amp;attālumu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="52"/>
        <source>Click points on the map to measure a distance (geodesic)</source>
        <translation>Noklikšķiniet punktus kartē, lai mērītu attālumu (ģeodēziski)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="53"/>
        <source>Measure &amp;area</source>
        <translation>Mērīt &amp;laukumu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="54"/>
        <source>Click the corners of an area on the map (geodesic area)</source>
        <translation>Noklikšķiniet apgabala stūrus kartē (ģeodēziskais laukums)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="55"/>
        <source>&amp;Range rings</source>
        <translation>&amp;Attāluma apļi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="56"/>
        <source>Click a point on the map to draw range rings around it</source>
        <translation>Noklikšķiniet punktu kartē, lai ap to uzzīmētu attāluma apļus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="62"/>
        <source>&amp;Stop measuring</source>
        <translation>&amp;Beigt mērīšanu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="62"/>
        <source>End the measure tool</source>
        <translation>Beigt mērīšanas rīku</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="66"/>
        <source>Range ring r&amp;adii...</source>
        <translation>Attāluma apļu &amp;rādiusi...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="67"/>
        <source>The distances of the range rings, in km</source>
        <translation>Attāluma apļu attālumi, km</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="69"/>
        <source>Measure distance from here</source>
        <translation>Mērīt attālumu no šejienes</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="70"/>
        <source>Start measuring a distance at this point</source>
        <translation>Sākt mērīt attālumu no šī punkta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="72"/>
        <source>Range rings here</source>
        <translation>Attāluma apļi šeit</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="73"/>
        <source>Draw range rings around this point</source>
        <translation>Uzzīmēt attāluma apļus ap šo punktu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="83"/>
        <source>&amp;Tools</source>
        <translation>&amp;Rīki</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="96"/>
        <source>Measure</source>
        <translation>Mērīšana</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="146"/>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="154"/>
        <source>Range ring radii</source>
        <translation>Attāluma apļu rādiusi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="147"/>
        <source>Radii of the range rings in km, e.g. 1, 5, 10:</source>
        <translation>Attāluma apļu rādiusi km, piem., 1, 5, 10:</translation>
    </message>
</context>
<context>
    <name>NationalityEdit</name>
    <message>
        <location filename="../../border_monitor/ui/editing/nationality_edit.py" line="34"/>
        <source>e.g. IRQ:5, SYR:2 (code or country name, count after a colon)</source>
        <translation>piem., IRQ:5, SYR:2 (kods vai valsts nosaukums, skaits aiz kola)</translation>
    </message>
</context>
<context>
    <name>NearestCrossingSection</name>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="65"/>
        <source>Nearest crossing point</source>
        <translation>Tuvākā robežšķērsošanas vieta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="68"/>
        <source>Nearer, not open that day:</source>
        <translation>Tuvāk, bet tajā dienā slēgtas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="74"/>
        <source>open</source>
        <translation>atvērta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="74"/>
        <source>closed</source>
        <translation>slēgta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="74"/>
        <source>uncertain</source>
        <translation>nav skaidrs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="75"/>
        <source>unknown</source>
        <translation>nav zināms</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="79"/>
        <source>road</source>
        <translation>autoceļa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="79"/>
        <source>rail</source>
        <translation>dzelzceļa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="81"/>
        <source>%1 on the incident&apos;s day, %2 now</source>
        <translation>incidenta dienā %1, tagad %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="83"/>
        <source>%1 along the border</source>
        <translation>%1 gar robežu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="86"/>
        <source>%1 in a straight line</source>
        <translation>%1 taisnā līnijā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="87"/>
        <source>%1 from the border line</source>
        <translation>%1 no robežlīnijas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="88"/>
        <source>the incident is %1</source>
        <translation>incidents ir %1</translation>
    </message>
</context>
<context>
    <name>NewStoreActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="60"/>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="77"/>
        <source>New store</source>
        <translation>Jauna krātuve</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="61"/>
        <source>Border Monitor stores (*.gpkg)</source>
        <translation>Border Monitor krātuves (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="86"/>
        <source>Made the new store %1</source>
        <translation>Izveidota jauna krātuve %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="89"/>
        <source>Making the store %1...</source>
        <translation>Veido krātuvi %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="97"/>
        <source>There is no store at %1.

To start a new, empty store, use File &gt; New store... or make it here now.</source>
        <translation>%1 nav krātuves.

Lai sāktu jaunu, tukšu krātuvi, izmantojiet Fails &gt; Jauna krātuve... vai izveidojiet to šeit tagad.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="99"/>
        <source>Open store</source>
        <translation>Atvērt krātuvi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="102"/>
        <source>&amp;Make a new store here</source>
        <translation>&amp;Izveidot jaunu krātuvi šeit</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="23"/>
        <source>Make a base map available offline</source>
        <translation>Padarīt pamatkarti pieejamu bezsaistē</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="32"/>
        <source>The map&apos;s current &amp;view</source>
        <translation>Kartes pašreizējais &amp;skats</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="33"/>
        <source>The border &amp;strip (±50 km of the Belarus border)</source>
        <translation>Pierobežas &amp;josla (±50 km no robežas ar Baltkrieviju)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="49"/>
        <source>The largest job allowed, in tiles; tile servers ask users not to download large areas.</source>
        <translation>Lielākais atļautais darbs flīzēs; flīžu serveri lūdz nelejupielādēt lielus apgabalus.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="55"/>
        <source> per second</source>
        <translation> sekundē</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="57"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Pārlūkot...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="64"/>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="69"/>
        <source>&amp;Online base map:</source>
        <translation>&amp;Tiešsaistes pamatkarte:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="70"/>
        <source>Area:</source>
        <translation>Apgabals:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="72"/>
        <source>&amp;Zoom levels:</source>
        <translation>&amp;Tālummaiņas līmeņi:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="75"/>
        <source>&amp;Limit (tiles):</source>
        <translation>&amp;Limits (flīzes):</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="76"/>
        <source>&amp;Requests at most:</source>
        <translation>&amp;Pieprasījumu ne vairāk kā:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="77"/>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="83"/>
        <source>Tiles already in the file are not fetched again: a job that was cut off goes on where it stopped. The server&apos;s attribution is kept in the file.</source>
        <translation>Failā jau esošās flīzes netiek ielādētas atkārtoti: pārtraukts darbs turpinās no vietas, kur apstājās. Servera atsauce tiek saglabāta failā.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="88"/>
        <source>&amp;Download</source>
        <translation>&amp;Lejupielādēt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="124"/>
        <source>Give a file name ending in .mbtiles.</source>
        <translation>Norādiet faila nosaukumu ar galotni .mbtiles.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="132"/>
        <source>%1 tiles, about %2 MB; about %3 min at this rate.</source>
        <translation>Flīzes: %1, aptuveni %2 MB; aptuveni %3 min ar šo ātrumu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="136"/>
        <source>%1 of them are in the file already.</source>
        <translation>No tām %1 jau ir failā.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="143"/>
        <source>Offline base map file</source>
        <translation>Bezsaistes pamatkartes fails</translation>
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
        <translation>Padarīt pamatkarti pieejamu &amp;bezsaistē...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="37"/>
        <source>Download an online base map&apos;s tiles of an area into a file for use without a network</source>
        <translation>Lejupielādēt tiešsaistes pamatkartes apgabala flīzes failā lietošanai bez tīkla</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="49"/>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="65"/>
        <source>Make a base map available offline</source>
        <translation>Padarīt pamatkarti pieejamu bezsaistē</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="50"/>
        <source>Add an online base map first (File &gt; Add online base map...).</source>
        <translation>Vispirms pievienojiet tiešsaistes pamatkarti (Fails &gt; Pievienot tiešsaistes pamatkarti...).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="66"/>
        <source>Downloading the tiles of %1 into %2...</source>
        <translation>Lejupielādē %1 flīzes failā %2...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="71"/>
        <source>%1: %2 tiles fetched, %3 were there already.</source>
        <translation>%1: ielādētas flīzes: %2, jau bija: %3.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="81"/>
        <source>Download cancelled; the tiles fetched are kept in %1: start the same job again to go on.</source>
        <translation>Lejupielāde atcelta; ielādētās flīzes paliek %1: palaidiet to pašu darbu vēlreiz, lai turpinātu.</translation>
    </message>
</context>
<context>
    <name>OnlineLayer</name>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="55"/>
        <source>Give the base map a name.</source>
        <translation>Piešķiriet pamatkartei nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="57"/>
        <source>There is already a base map named “%1”.</source>
        <translation>Pamatkarte ar nosaukumu “%1” jau ir.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="64"/>
        <source>Give the attribution the tile provider asks for (for example “© OpenStreetMap contributors”): the map shows it while the layer is chosen.</source>
        <translation>Norādiet atsauci, ko prasa flīžu nodrošinātājs (piemēram, “© OpenStreetMap contributors”): karte to rāda, kamēr slānis ir izvēlēts.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="68"/>
        <source>The maximum zoom %1 is not a whole number from 1 to %2.</source>
        <translation>Maksimālā tālummaiņa %1 nav vesels skaitlis no 1 līdz %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="91"/>
        <source>Give the address of the tiles, such as https://tile.example.org/{z}/{x}/{y}.png.</source>
        <translation>Norādiet flīžu adresi, piemēram, https://tile.example.org/{z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="94"/>
        <source>The address “%1” contains a space.</source>
        <translation>Adresē “%1” ir atstarpe.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="98"/>
        <source>The address “%1” does not start with http:// or https://.</source>
        <translation>Adrese “%1” nesākas ar http:// vai https://.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="101"/>
        <source>The address “%1” names no server.</source>
        <translation>Adresē “%1” nav norādīts serveris.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="105"/>
        <source>The address “%1” lacks %2: a tile address needs {z}, {x} and {y}.</source>
        <translation>Adresē “%1” trūkst %2: flīžu adresei vajag {z}, {x} un {y}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="110"/>
        <source>The address “%1” has %2: only {s}, {z}, {x}, {y}, {-y} and {r} are filled in.</source>
        <translation>Adresē “%1” ir %2: aizpilda tikai {s}, {z}, {x}, {y}, {-y} un {r}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="120"/>
        <source>The WMTS tile address “%1” is not an http:// or https:// address of a server.</source>
        <translation>WMTS flīžu adrese “%1” nav servera http:// vai https:// adrese.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="126"/>
        <source>The WMTS tile address “%1” is not one a tile can be fetched from; read the service&apos;s capabilities again.</source>
        <translation>No WMTS flīžu adreses “%1” flīzi iegūt nevar; vēlreiz nolasiet pakalpojuma iespējas.</translation>
    </message>
</context>
<context>
    <name>OnlineLayerDialog</name>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="39"/>
        <source>Add an online base map</source>
        <translation>Pievienot tiešsaistes pamatkarti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="47"/>
        <source>&amp;XYZ tiles</source>
        <translation>&amp;XYZ flīzes</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="48"/>
        <source>&amp;WMTS service</source>
        <translation>&amp;WMTS pakalpojums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="59"/>
        <source>e.g. OpenStreetMap</source>
        <translation>piem., OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="64"/>
        <source>e.g. © OpenStreetMap contributors</source>
        <translation>piem., © OpenStreetMap contributors</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="67"/>
        <source>as the map (%1)</source>
        <translation>kā kartei (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="68"/>
        <source>The deepest zoom the server has tiles for; the map enlarges those tiles beyond it.</source>
        <translation>Dziļākā tālummaiņa, kurai serverim ir flīzes; tālāk karte šīs flīzes palielina.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="74"/>
        <source>&amp;Read</source>
        <translation>&amp;Nolasīt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="75"/>
        <source>Fetch the service&apos;s capabilities: its layers, styles, formats and tile matrix sets</source>
        <translation>Iegūt pakalpojuma iespējas: tā slāņus, stilus, formātus un flīžu matricu kopas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="96"/>
        <source>Kind:</source>
        <translation>Veids:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="98"/>
        <source>Tile &amp;address:</source>
        <translation>Flīžu &amp;adrese:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="99"/>
        <source>&amp;Capabilities:</source>
        <translation>&amp;Iespējas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="100"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Slānis:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="101"/>
        <source>&amp;Style:</source>
        <translation>S&amp;tils:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="102"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formāts:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="103"/>
        <source>T&amp;ile matrix set:</source>
        <translation>Flīžu &amp;matricu kopa:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="104"/>
        <source>Re&amp;quests:</source>
        <translation>&amp;Pieprasījumi:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="106"/>
        <source>A&amp;ttribution:</source>
        <translation>A&amp;tsauce:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="107"/>
        <source>&amp;Maximum zoom:</source>
        <translation>&amp;Maksimālā tālummaiņa:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="142"/>
        <source>The map draws WMTS layers in web Mercator (EPSG:3857, the GoogleMapsCompatible scales). Press Read to fetch the capabilities; the map fetches tiles only while you have chosen this base map in the map&apos;s layer control.</source>
        <translation>Karte zīmē WMTS slāņus tīmekļa Merkatora projekcijā (EPSG:3857, GoogleMapsCompatible mērogi). Nospiediet “Nolasīt”, lai iegūtu iespējas; karte ielādē flīzes tikai tad, kad šī pamatkarte ir izvēlēta kartes slāņu vadīklā.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="146"/>
        <source>The address needs {z}, {x} and {y} (and may use {s}). The map fetches tiles from it only while you have chosen this base map in the map&apos;s layer control.</source>
        <translation>Adresei vajag {z}, {x} un {y} (var izmantot arī {s}). Karte no tās ielādē flīzes tikai tad, kad kartes slāņu izvēlnē ir izvēlēta šī pamatkarte.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="156"/>
        <source>Give the address of the service&apos;s capabilities (GetCapabilities).</source>
        <translation>Norādiet pakalpojuma iespēju adresi (GetCapabilities).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="160"/>
        <source>Reading the capabilities...</source>
        <translation>Nolasa iespējas...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="176"/>
        <source>(not in web Mercator)</source>
        <translation>(nav tīmekļa Merkatora projekcijā)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="192"/>
        <source>The capabilities cannot be read: %1</source>
        <translation>Iespējas nevar nolasīt: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="202"/>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="215"/>
        <source>%1 (zooms %2-%3)</source>
        <translation>%1 (tālummaiņas %2–%3)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="220"/>
        <source>%1: not web Mercator</source>
        <translation>%1: nav tīmekļa Merkators</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="235"/>
        <source>RESTful (tile address template)</source>
        <translation>RESTful (flīžu adreses veidne)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="237"/>
        <source>KVP (GetTile requests)</source>
        <translation>KVP (GetTile pieprasījumi)</translation>
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
        <translation>Karte šo slāni iegūst tālummaiņās %1–%2 (%3 pieprasījumi).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="280"/>
        <source>Read the service&apos;s capabilities and choose a layer the map can draw.</source>
        <translation>Nolasiet pakalpojuma iespējas un izvēlieties slāni, ko karte var uzzīmēt.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="24"/>
        <source>create incidents</source>
        <translation>izveidot incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="25"/>
        <source>edit incidents</source>
        <translation>rediģēt incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="26"/>
        <source>verify incidents</source>
        <translation>pārbaudīt incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="27"/>
        <source>close incidents</source>
        <translation>slēgt incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="28"/>
        <source>delete incidents</source>
        <translation>dzēst incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="29"/>
        <source>restore deleted incidents</source>
        <translation>atjaunot dzēstos incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="30"/>
        <source>resolve conflicts</source>
        <translation>atrisināt konfliktus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="68"/>
        <source>No store is open.</source>
        <translation>Nav atvērta neviena krātuve.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="72"/>
        <source>You are connected as %1: a viewer reads the shared picture and changes nothing.</source>
        <translation>Jūs esat pieslēdzies kā %1: skatītājs redz kopējo ainu un neko nemaina.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="76"/>
        <source>The store is open read-only.</source>
        <translation>Krātuve ir atvērta tikai lasīšanai.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="78"/>
        <source>Your user has no Border Monitor role on this store; ask its supervisor for one.</source>
        <translation>Jūsu lietotājam šajā krātuvē nav Border Monitor lomas; lūdziet to tās vadītājam.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="84"/>
        <source>You are connected as %1: you may change incidents of %2 only, and this is of %3.</source>
        <translation>Jūs esat pieslēdzies kā %1: jūs drīkstat mainīt tikai %2 incidentus, bet šis ir %3.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="89"/>
        <source>Only a supervisor of %1 may %2; you are connected as %3.</source>
        <translation>Tikai %1 vadītājs drīkst %2; jūs esat pieslēdzies kā %3.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../border_monitor/ui/workers.py" line="111"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/workers.py" line="154"/>
        <source>Cancelling...</source>
        <translation>Atceļ...</translation>
    </message>
</context>
<context>
    <name>RecentStores</name>
    <message>
        <location filename="../../border_monitor/ui/actions/recent_stores.py" line="48"/>
        <source>Recent &amp;stores</source>
        <translation>Nesenās &amp;krātuves</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/recent_stores.py" line="75"/>
        <source>(none yet)</source>
        <translation>(pagaidām nav)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/recent_stores.py" line="78"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Notīrīt sarakstu</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="70"/>
        <source>Incident types</source>
        <translation>Incidentu veidi</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="137"/>
        <source>&amp;Report...</source>
        <translation>&amp;Pārskats...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="140"/>
        <source>Export map &amp;image...</source>
        <translation>Eksportēt kartes &amp;attēlu...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="143"/>
        <source>Export interactive &amp;HTML map...</source>
        <translation>Eksportēt interaktīvu &amp;HTML karti...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="163"/>
        <source>Write a situation report of the filter</source>
        <translation>Sagatavot filtra situācijas pārskatu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="165"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF pārskats (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="165"/>
        <source>HTML report (*.html)</source>
        <translation>HTML pārskats (*.html)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="183"/>
        <source>Situation report</source>
        <translation>Situācijas pārskats</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="187"/>
        <source>The filter holds no incidents: there is nothing to report.</source>
        <translation>Filtrā nav incidentu: nav par ko ziņot.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="204"/>
        <source>Wrote the report of %Ln incident(s) to %1</source>
        <translation>
            <numerusform>%Ln incidenta pārskats ierakstīts %1</numerusform>
            <numerusform>%Ln incidentu pārskats ierakstīts %1</numerusform>
            <numerusform>%Ln incidentu pārskats ierakstīts %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="212"/>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="257"/>
        <source>Writing %1...</source>
        <translation>Raksta %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="219"/>
        <source>Export the filter as an interactive HTML map</source>
        <translation>Eksportēt filtru kā interaktīvu HTML karti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="221"/>
        <source>HTML map (*.html)</source>
        <translation>HTML karte (*.html)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="241"/>
        <source>Export interactive HTML map</source>
        <translation>Eksportēt interaktīvu HTML karti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="249"/>
        <source>Exported the map of %Ln incident(s) to %1</source>
        <translation>
            <numerusform>%Ln incidenta karte eksportēta %1</numerusform>
            <numerusform>%Ln incidentu karte eksportēta %1</numerusform>
            <numerusform>%Ln incidentu karte eksportēta %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="274"/>
        <source>Export map image</source>
        <translation>Eksportēt kartes attēlu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="288"/>
        <source>Saved the map image %1</source>
        <translation>Kartes attēls saglabāts: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="49"/>
        <source>Restore deleted incidents</source>
        <translation>Atjaunot dzēstos incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Time (local)</source>
        <translation>Laiks (vietējais)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="56"/>
        <source>Deleted by</source>
        <translation>Dzēsa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="56"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="59"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Atjaunot atlasītos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="90"/>
        <source>%Ln deleted incident(s).</source>
        <translation>
            <numerusform>%Ln dzēsts incidents.</numerusform>
            <numerusform>%Ln dzēsti incidenti.</numerusform>
            <numerusform>%Ln dzēstu incidentu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="91"/>
        <source>No deleted incidents.</source>
        <translation>Dzēstu incidentu nav.</translation>
    </message>
</context>
<context>
    <name>SavedFiltersBox</name>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="42"/>
        <source>Saved filters</source>
        <translation>Saglabātie filtri</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="49"/>
        <source>Filters saved in the store, shared by every workstation that opens it</source>
        <translation>Krātuvē saglabātie filtri, kopīgi visām darbstacijām, kas to atver</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="50"/>
        <source>(none chosen)</source>
        <translation>(nav izvēlēts)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="51"/>
        <source>Save as...</source>
        <translation>Saglabāt kā...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="53"/>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="98"/>
        <source>Saved by a newer Border Monitor; it cannot be used here.</source>
        <translation>Saglabāts ar jaunāku Border Monitor versiju; šeit to nevar izmantot.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="164"/>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="170"/>
        <source>Save filter</source>
        <translation>Saglabāt filtru</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="164"/>
        <source>Name of the filter:</source>
        <translation>Filtra nosaukums:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="171"/>
        <source>A filter named “%1” is saved already. Replace it for every workstation?</source>
        <translation>Filtrs „%1“ jau ir saglabāts. Aizstāt to visām darbstacijām?</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="181"/>
        <source>Delete saved filter</source>
        <translation>Dzēst saglabāto filtru</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="182"/>
        <source>Delete the saved filter “%1” for every workstation?</source>
        <translation>Dzēst saglabāto filtru „%1“ visām darbstacijām?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="19"/>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="23"/>
        <source>e.g. j.kowalska</source>
        <translation>piem., j.kowalska</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="27"/>
        <source>e.g. SG Podlaski</source>
        <translation>piem., Daugavpils pārvalde</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="32"/>
        <source>Written into the history of every change you make, as &quot;name (unit)&quot;.</source>
        <translation>Ierakstīts katras jūsu izmaiņas vēsturē kā “vārds (struktūrvienība)”.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="35"/>
        <source>&amp;User name:</source>
        <translation>&amp;Lietotājvārds:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="36"/>
        <source>U&amp;nit:</source>
        <translation>&amp;Vienība:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="57"/>
        <source>Give a user name: it is written into the history of your changes.</source>
        <translation>Norādiet lietotājvārdu: tas tiek ierakstīts jūsu izmaiņu vēsturē.</translation>
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
        <translation>Krātuves problēmas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/store_banner.py" line="41"/>
        <source>%1 row(s) of this store hold values another program made invalid and are kept out of the map, table and counts until fixed. For the list, run: border-monitor check --store %2</source>
        <translation>Šīs krātuves rindas ar vērtībām, ko cita programma padarījusi nederīgas: %1; līdz labošanai tās netiek rādītas kartē, tabulā un skaitos. Sarakstam palaidiet: border-monitor check --store %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/store_banner.py" line="46"/>
        <source>Connection to %1 lost; showing the picture as of %2, read-only; reconnecting...</source>
        <translation>Savienojums ar %1 zudis; rāda stāvokli uz %2, tikai lasīšanai; atkārtoti savienojas...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/store_banner.py" line="50"/>
        <source>The audit log of this store lost its protection (%1): changes are refused, reading works. Run: border-monitor audit verify --store %2</source>
        <translation>Šīs krātuves audita žurnāls zaudējis aizsardzību (%1): izmaiņas tiek noraidītas, lasīšana darbojas. Palaidiet: border-monitor audit verify --store %2</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="39"/>
        <source>S&amp;ync now...</source>
        <translation>S&amp;inhronizēt tagad...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="52"/>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="86"/>
        <source>Syncing with %1...</source>
        <translation>Sinhronizē ar %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="88"/>
        <source>Applying %1...</source>
        <translation>Lieto %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="92"/>
        <source>Writing %1...</source>
        <translation>Raksta %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="111"/>
        <source>The sync was stopped; what arrived is kept, and the next sync goes on from there.</source>
        <translation>Sinhronizācija apturēta; tas, kas pienāca, ir saglabāts, un nākamā sinhronizācija turpinās no šejienes.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="116"/>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="19"/>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="22"/>
        <source>Sync both ways with another store</source>
        <translation>Sinhronizēt abos virzienos ar citu krātuvi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="23"/>
        <source>Apply a sync package (.bmsync)</source>
        <translation>Lietot sinhronizācijas paketi (.bmsync)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="24"/>
        <source>Write a sync package for another store</source>
        <translation>Sagatavot sinhronizācijas paketi citai krātuvei</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="35"/>
        <source>Browse...</source>
        <translation>Pārlūkot...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="44"/>
        <source>the other store&apos;s file name, e.g. central.gpkg</source>
        <translation>otras krātuves faila nosaukums, piem., central.gpkg</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="47"/>
        <source>For the store:</source>
        <translation>Krātuvei:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="52"/>
        <source>empty: not encrypted</source>
        <translation>tukšs: nešifrēts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="53"/>
        <source>Passphrase:</source>
        <translation>Paroles frāze:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="56"/>
        <source>Edits of different fields merge; the same field changed on both sides, or a delete on one side and an edit on the other, are listed in the Conflicts panel.</source>
        <translation>Dažādu lauku labojumi tiek apvienoti; viens un tas pats lauks, mainīts abās pusēs, vai dzēšana vienā pusē un labojums otrā, tiek parādīti paneļa Konflikti sarakstā.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="63"/>
        <source>Sync</source>
        <translation>Sinhronizēt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="93"/>
        <source>Other store:</source>
        <translation>Otra krātuve:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="93"/>
        <source>Package:</source>
        <translation>Pakete:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="94"/>
        <source>Write to:</source>
        <translation>Rakstīt uz:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="104"/>
        <source>Store to sync with</source>
        <translation>Krātuve, ar ko sinhronizēt</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="105"/>
        <source>GeoPackage stores (*.gpkg)</source>
        <translation>GeoPackage krātuves (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="107"/>
        <source>Sync package</source>
        <translation>Sinhronizācijas pakete</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="108"/>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="111"/>
        <source>Sync packages (*.bmsync)</source>
        <translation>Sinhronizācijas paketes (*.bmsync)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="110"/>
        <source>Write the sync package</source>
        <translation>Ierakstīt sinhronizācijas paketi</translation>
    </message>
</context>
<context>
    <name>SyntheticBanner</name>
    <message>
        <location filename="../../border_monitor/ui/synthetic_banner.py" line="21"/>
        <source>Synthetic data</source>
        <translation>Sintētiski dati</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/synthetic_banner.py" line="36"/>
        <source>Synthetic demonstration data, not real incidents</source>
        <translation>Sintētiski demonstrācijas dati, nevis īsti incidenti</translation>
    </message>
</context>
<context>
    <name>TakActions</name>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="36"/>
        <source>&amp;TAK connection...</source>
        <translation>&amp;TAK savienojums...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="96"/>
        <source>connected</source>
        <translation>savienots</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="96"/>
        <source>connecting</source>
        <translation>savienojas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="97"/>
        <source>reconnecting</source>
        <translation>atkārtoti savienojas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="97"/>
        <source>failed</source>
        <translation>neizdevās</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="98"/>
        <source>off</source>
        <translation>izslēgts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="100"/>
        <source>TAK %1: %2, %3 sent, %4 received</source>
        <translation>TAK %1: %2, nosūtīti %3, saņemti %4</translation>
    </message>
</context>
<context>
    <name>TakDialog</name>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="20"/>
        <source>TAK connection</source>
        <translation>TAK savienojums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="27"/>
        <source>Client certificate (*.p12 *.pfx *.pem)</source>
        <translation>Klienta sertifikāts (*.p12 *.pfx *.pem)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="28"/>
        <source>Private key (*.pem *.key)</source>
        <translation>Privātā atslēga (*.pem *.key)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="29"/>
        <source>CA certificate (*.pem *.crt)</source>
        <translation>CA sertifikāts (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="32"/>
        <source>The password of the .p12 file or of the key; it is not saved.</source>
        <translation>.p12 faila vai atslēgas parole; tā netiek saglabāta.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="35"/>
        <source>pending</source>
        <translation>gaida</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="35"/>
        <source>unknown</source>
        <translation>nezināms</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="36"/>
        <source>assumed friend</source>
        <translation>pieņemts draudzīgs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="36"/>
        <source>friend</source>
        <translation>draudzīgs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="37"/>
        <source>neutral</source>
        <translation>neitrāls</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="37"/>
        <source>suspect</source>
        <translation>aizdomīgs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="38"/>
        <source>hostile</source>
        <translation>naidīgs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="48"/>
        <source> hours</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="49"/>
        <source>&amp;Send the incidents of the current filter, then every change</source>
        <translation>&amp;Sūtīt pašreizējā filtra incidentus, pēc tam katru izmaiņu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="51"/>
        <source>&amp;Receive markers as incidents (status “reported”)</source>
        <translation>&amp;Saņemt marķierus kā incidentus (statuss “ziņots”)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="55"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveris:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="56"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Sertifikāts:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="57"/>
        <source>&amp;Key:</source>
        <translation>&amp;Atslēga:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="57"/>
        <source>C&amp;A:</source>
        <translation>C&amp;A:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="61"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="62"/>
        <source>&amp;Affiliation of tracks:</source>
        <translation>&amp;Trašu piederība:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="63"/>
        <source>S&amp;tale after:</source>
        <translation>&amp;Novecojis pēc:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="74"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Atkārtoti savienot</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="74"/>
        <source>&amp;Connect</source>
        <translation>&amp;Savienot</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="75"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Atvienot</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="87"/>
        <source>Browse...</source>
        <translation>Pārlūkot...</translation>
    </message>
</context>
<context>
    <name>TimeZoneActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/time_zone.py" line="25"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Laika josla</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="74"/>
        <source>By country</source>
        <translation>Pēc valsts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="75"/>
        <source>By type</source>
        <translation>Pēc veida</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="77"/>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="78"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="81"/>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="374"/>
        <source>Play</source>
        <translation>Atskaņot</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="82"/>
        <source>Move the time window through the days</source>
        <translation>Pārvietot laika logu pa dienām</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="374"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="423"/>
        <source>%1 in the time window</source>
        <translation>%1 laika logā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="428"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="430"/>
        <source>%1: none</source>
        <translation>%1: nav</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="439"/>
        <source>%1: %2 (total %3)</source>
        <translation>%1: %2 (kopā %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="450"/>
        <source>← %n more person(s), the last on %1</source>
        <translation>
            <numerusform>← vēl %n persona, pēdējā %1</numerusform>
            <numerusform>← vēl %n personas, pēdējā %1</numerusform>
            <numerusform>← vēl %n personu, pēdējā %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="451"/>
        <source>← %n more incident(s), the last on %1</source>
        <translation>
            <numerusform>← vēl %n incidents, pēdējais %1</numerusform>
            <numerusform>← vēl %n incidenti, pēdējais %1</numerusform>
            <numerusform>← vēl %n incidentu, pēdējais %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="453"/>
        <source>%n more person(s), the first on %1 →</source>
        <translation>
            <numerusform>vēl %n persona, pirmā %1 →</numerusform>
            <numerusform>vēl %n personas, pirmā %1 →</numerusform>
            <numerusform>vēl %n personu, pirmā %1 →</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="454"/>
        <source>%n more incident(s), the first on %1 →</source>
        <translation>
            <numerusform>vēl %n incidents, pirmais %1 →</numerusform>
            <numerusform>vēl %n incidenti, pirmais %1 →</numerusform>
            <numerusform>vēl %n incidentu, pirmais %1 →</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoomActions</name>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="56"/>
        <source>Zoom to filtered &amp;results</source>
        <translation>Tuvināt &amp;filtra rezultātus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="59"/>
        <source>Zoom to &amp;selection</source>
        <translation>Tuvināt &amp;atlasi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="84"/>
        <source>No incident in the filter to zoom to.</source>
        <translation>Filtrā nav incidentu, ko tuvināt.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="92"/>
        <source>No incident is selected.</source>
        <translation>Nav atlasīts neviens incidents.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="96"/>
        <source>The selected incidents have no position to zoom to.</source>
        <translation>Atlasītajiem incidentiem nav atrašanās vietas, ko tuvināt.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/check_texts.py" line="24"/>
        <source>%1 is not a known nationality code (ISO 3166-1 alpha-3, e.g. IRQ, SYR, AFG).</source>
        <translation>
            <numerusform>%1 nav zināms pilsonības kods (ISO 3166-1 alpha-3, piem., IRQ, SYR, AFG).</numerusform>
            <numerusform>%1 nav zināmi pilsonības kodi (ISO 3166-1 alpha-3, piem., IRQ, SYR, AFG).</numerusform>
            <numerusform>%1 nav zināmi pilsonības kodi (ISO 3166-1 alpha-3, piem., IRQ, SYR, AFG).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncCounts</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="19"/>
        <source>%1 -&gt; %2: %3 new, %4 changed incidents, %Ln audit entries</source>
        <translation>
            <numerusform>%1 -&gt; %2: jauni incidenti %3, mainīti %4, %Ln audita ieraksts</numerusform>
            <numerusform>%1 -&gt; %2: jauni incidenti %3, mainīti %4, %Ln audita ieraksti</numerusform>
            <numerusform>%1 -&gt; %2: jauni incidenti %3, mainīti %4, %Ln audita ierakstu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="21"/>
        <source>%1 -&gt; %2: %3 new, %4 changed incidents (%5 in conflict), %Ln audit entries</source>
        <translation>
            <numerusform>%1 -&gt; %2: jauni incidenti %3, mainīti %4 (konfliktā %5), %Ln audita ieraksts</numerusform>
            <numerusform>%1 -&gt; %2: jauni incidenti %3, mainīti %4 (konfliktā %5), %Ln audita ieraksti</numerusform>
            <numerusform>%1 -&gt; %2: jauni incidenti %3, mainīti %4 (konfliktā %5), %Ln audita ierakstu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="27"/>
        <source>wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, encrypted)</source>
        <translation>
            <numerusform>ierakstīts %1 (saņēmējs %2): incidentu versijas – %3, %Ln audita ieraksts, daļas – %4 (%5 B, šifrēts)</numerusform>
            <numerusform>ierakstīts %1 (saņēmējs %2): incidentu versijas – %3, %Ln audita ieraksti, daļas – %4 (%5 B, šifrēts)</numerusform>
            <numerusform>ierakstīts %1 (saņēmējs %2): incidentu versijas – %3, %Ln audita ierakstu, daļas – %4 (%5 B, šifrēts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="30"/>
        <source>wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)</source>
        <translation>
            <numerusform>ierakstīts %1 (saņēmējs %2): incidentu versijas – %3, %Ln audita ieraksts, daļas – %4 (%5 B)</numerusform>
            <numerusform>ierakstīts %1 (saņēmējs %2): incidentu versijas – %3, %Ln audita ieraksti, daļas – %4 (%5 B)</numerusform>
            <numerusform>ierakstīts %1 (saņēmējs %2): incidentu versijas – %3, %Ln audita ierakstu, daļas – %4 (%5 B)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="33"/>
        <source>wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, encrypted)</source>
        <translation>
            <numerusform>ierakstīts %1: incidentu versijas – %3, %Ln audita ieraksts, daļas – %4 (%5 B, šifrēts)</numerusform>
            <numerusform>ierakstīts %1: incidentu versijas – %3, %Ln audita ieraksti, daļas – %4 (%5 B, šifrēts)</numerusform>
            <numerusform>ierakstīts %1: incidentu versijas – %3, %Ln audita ierakstu, daļas – %4 (%5 B, šifrēts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="36"/>
        <source>wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)</source>
        <translation>
            <numerusform>ierakstīts %1: incidentu versijas – %3, %Ln audita ieraksts, daļas – %4 (%5 B)</numerusform>
            <numerusform>ierakstīts %1: incidentu versijas – %3, %Ln audita ieraksti, daļas – %4 (%5 B)</numerusform>
            <numerusform>ierakstīts %1: incidentu versijas – %3, %Ln audita ierakstu, daļas – %4 (%5 B)</numerusform>
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
        <translation>Krātuvi %1 neizdevās atvērt: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/app.py" line="120"/>
        <source>Creating the demo store (first run)...</source>
        <translation>Veido demonstrācijas krātuvi (pirmā palaišana)...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/app.py" line="121"/>
        <location filename="../../border_monitor/ui/briefing/launch.py" line="64"/>
        <source>Opening %1...</source>
        <translation>Atver %1...</translation>
    </message>
</context>
<context>
    <name>audit_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="14"/>
        <source>create</source>
        <translation>izveidots</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="15"/>
        <source>update</source>
        <translation>mainīts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="16"/>
        <source>delete</source>
        <translation>dzēsts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="17"/>
        <source>restore</source>
        <translation>atjaunots</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="18"/>
        <source>import</source>
        <translation>importēts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="19"/>
        <source>enrich</source>
        <translation>atvasinātie lauki pārrēķināti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="20"/>
        <source>attach</source>
        <translation>pielikums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="21"/>
        <source>filter</source>
        <translation>saglabāts filtrs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="28"/>
        <source>occurred_at</source>
        <translation>laiks</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="29"/>
        <source>country</source>
        <translation>valsts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="30"/>
        <source>type</source>
        <translation>veids</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="31"/>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="32"/>
        <source>nationalities</source>
        <translation>pilsonības</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="33"/>
        <source>lat</source>
        <translation>platums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="34"/>
        <source>lon</source>
        <translation>garums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="35"/>
        <source>status</source>
        <translation>statuss</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="36"/>
        <source>description</source>
        <translation>apraksts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="37"/>
        <source>source</source>
        <translation>avots</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="38"/>
        <source>sector</source>
        <translation>sektors</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="39"/>
        <source>border</source>
        <translation>robeža</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="40"/>
        <source>side</source>
        <translation>puse</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="41"/>
        <source>in_zone</source>
        <translation>ārkārtējās situācijas teritorijā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="42"/>
        <source>distance_to_border_m</source>
        <translation>attālums līdz robežai (m)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="43"/>
        <source>deleted</source>
        <translation>dzēsts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="44"/>
        <source>file</source>
        <translation>fails</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="45"/>
        <source>count</source>
        <translation>skaits</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="46"/>
        <source>reason</source>
        <translation>iemesls</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="47"/>
        <source>fields</source>
        <translation>lauki</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="48"/>
        <source>attachment</source>
        <translation>pielikums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="54"/>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="54"/>
        <source>no</source>
        <translation>nē</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="52"/>
        <source>is not an ISO 8601 date and time</source>
        <translation>nav ISO 8601 datums un laiks</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="53"/>
        <source>is not a date and time</source>
        <translation>nav datums un laiks</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="54"/>
        <source>has no time zone</source>
        <translation>nav laika joslas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="55"/>
        <source>is not an ISO 3166-1 alpha-3 country code</source>
        <translation>nav ISO 3166-1 alpha-3 valsts kods</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="56"/>
        <source>has a count that is not a whole number &gt;= 0</source>
        <translation>ir skaits, kas nav vesels skaitlis &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="57"/>
        <source>has a count that is not a whole number</source>
        <translation>ir skaits, kas nav vesels skaitlis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="66"/>
        <source>Choose a value.</source>
        <translation>Izvēlieties vērtību.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="68"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>“%1” nav neviena no: %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="70"/>
        <source>Enter the date and time of the incident.</source>
        <translation>Ievadiet incidenta datumu un laiku.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="72"/>
        <source>&apos;%1&apos; %2.</source>
        <translation>“%1” %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="74"/>
        <source>%1 UTC is before 2000; incidents start in 2000.</source>
        <translation>%1 UTC ir pirms 2000. gada; incidenti sākas 2000. gadā.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="76"/>
        <source>%1 UTC is in the future.</source>
        <translation>%1 UTC ir nākotnē.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="78"/>
        <source>&apos;%1&apos; is not a whole number of persons.</source>
        <translation>“%1” nav vesels personu skaits.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="80"/>
        <source>%1 persons is negative; enter 0 or more.</source>
        <translation>Personu skaits %1 ir negatīvs; ievadiet 0 vai vairāk.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="82"/>
        <source>An incident of type %1 needs the number of persons (at least 1).</source>
        <translation>Incidentam “%1” jānorāda personu skaits (vismaz 1).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="88"/>
        <source>The nationalities count %1 persons, more than the incident&apos;s %2.</source>
        <translation>Pilsonībās saskaitītas %1 personas, vairāk nekā incidenta %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="96"/>
        <source>This text cannot be read as a position in the chosen coordinate system.</source>
        <translation>Šo tekstu nevar nolasīt kā atrašanās vietu izvēlētajā koordinātu sistēmā.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="99"/>
        <source>Enter the position of the incident.</source>
        <translation>Ievadiet incidenta atrašanās vietu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="101"/>
        <source>&apos;%1, %2&apos; is not a position.</source>
        <translation>“%1, %2” nav atrašanās vieta.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="103"/>
        <source>Latitude %1, longitude %2 is not on the globe.</source>
        <translation>Platums %1, garums %2 nav uz zemeslodes.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="106"/>
        <source>Latitude %1, longitude %2 is outside the monitored region; latitude and longitude look swapped.</source>
        <translation>Platums %1, garums %2 ir ārpus uzraugāmā reģiona; šķiet, platums un garums ir samainīti.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="109"/>
        <source>Latitude %1, longitude %2 is outside the monitored region: a minus sign too many (the region is north and east).</source>
        <translation>Platums %1, garums %2 ir ārpus uzraugāmā reģiona: lieka mīnusa zīme (reģions ir ziemeļos un austrumos).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="112"/>
        <source>Latitude %1, longitude %2 is not in Europe: the position is on the wrong continent.</source>
        <translation>Platums %1, garums %2 nav Eiropā: atrašanās vieta ir citā kontinentā.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="115"/>
        <source>Latitude %1, longitude %2 is outside the monitored region (latitude %3..%4, longitude %5..%6).</source>
        <translation>Platums %1, garums %2 ir ārpus uzraugāmā reģiona (platums %3..%4, garums %5..%6).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="119"/>
        <source>This position lies on the Belarusian side of the border. An observation across the line may be recorded; saving will ask you to confirm.</source>
        <translation>Šī atrašanās vieta ir Baltkrievijas robežas pusē. Novērojumu pāri robežlīnijai var reģistrēt; saglabājot tiks lūgts apstiprināt.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="122"/>
        <source>This position is %1 km from the border with Belarus; check the coordinates.</source>
        <translation>Šī atrašanās vieta ir %1 km no robežas ar Baltkrieviju; pārbaudiet koordinātas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="125"/>
        <source>The nearest border is %1, but the reporting country is %2; check the country or the position.</source>
        <translation>Tuvākā robeža ir %1, bet ziņotāja valsts ir %2; pārbaudiet valsti vai atrašanās vietu.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../border_monitor/ui/editing/commands.py" line="85"/>
        <source>Cannot undo &apos;%1&apos;: %2</source>
        <extracomment>The fields a user edits; undo/redo restore exactly these (plus the deleted flag).</extracomment>
        <translation>Nevar atsaukt “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/commands.py" line="86"/>
        <source>Cannot redo &apos;%1&apos;: %2</source>
        <translation>Nevar atkārtot “%1”: %2</translation>
    </message>
</context>
<context>
    <name>coord_errors</name>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="22"/>
        <source>&apos;{text}&apos; is not coordinate text: &apos;{char}&apos; (character {pos}) is not part of any coordinate notation this program reads.</source>
        <translation>“{text}” nav koordinātu teksts: “{char}” ({pos}. rakstzīme) neietilpst nevienā koordinātu pierakstā, ko šī programma lasa.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="24"/>
        <source>&apos;{text}&apos; has the mark {mark} without a number in front of it.</source>
        <translation>“{text}” satur zīmi {mark} bez skaitļa pirms tās.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="25"/>
        <source>&apos;{text}&apos; holds no numbers, so it is not a position.</source>
        <translation>“{text}” nesatur skaitļu, tāpēc tā nav atrašanās vieta.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="26"/>
        <source>&apos;{text}&apos; has {count} hemisphere or axis letter(s); write one for each of the two numbers (N or S and E or W), or none.</source>
        <translation>“{text}” satur puslodes vai ass burtus: {count}; rakstiet pa vienam katram no diviem skaitļiem (N vai S un E vai W) vai nevienu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="28"/>
        <source>&apos;{text}&apos; has its letters in the middle; put N/S and E/W either all before or all after their numbers.</source>
        <translation>“{text}” burti ir vidū; N/S un E/W rakstiet vai nu visus pirms skaitļiem, vai visus pēc tiem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="30"/>
        <source>&apos;{text}&apos; has a letter without a number beside it.</source>
        <translation>“{text}” satur burtu bez skaitļa blakus.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="31"/>
        <source>&apos;{text}&apos; has {count} separators (comma, semicolon or slash); a position is two values with one separator between them (use a decimal point if the comma is a separator).</source>
        <translation>“{text}” satur atdalītājus (komats, semikols vai slīpsvītra): {count}; atrašanās vieta ir divas vērtības ar vienu atdalītāju starp tām (ja komats ir atdalītājs, decimāldaļām lietojiet punktu).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="34"/>
        <source>&apos;{text}&apos; has {count} number(s) and it is unclear where the first value ends and the second begins; separate them with a comma or semicolon, or add hemisphere letters (N, E).</source>
        <translation>“{text}” satur skaitļus: {count}, un nav skaidrs, kur beidzas pirmā vērtība un sākas otrā; atdaliet tās ar komatu vai semikolu vai pievienojiet puslodes burtus (N, E).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="37"/>
        <source>&apos;{text}&apos; has {count} numbers in &apos;{where}&apos;; degrees take at most three (d m s).</source>
        <translation>“{text}” daļā “{where}” satur skaitļus: {count}; grādiem vajag ne vairāk kā trīs (g m s).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="38"/>
        <source>&apos;{text}&apos; has {unit} after {previous} in &apos;{where}&apos;; write degrees, then minutes, then seconds.</source>
        <translation>“{text}” daļā “{where}” satur {unit} pēc {previous}; rakstiet grādus, tad minūtes, tad sekundes.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="40"/>
        <source>&apos;{text}&apos; has a number after the seconds in &apos;{where}&apos;.</source>
        <translation>“{text}” daļā “{where}” satur skaitli pēc sekundēm.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="41"/>
        <source>&apos;{text}&apos; starts &apos;{where}&apos; with {unit} instead of degrees.</source>
        <translation>“{text}” daļu “{where}” sāk ar {unit}, nevis grādiem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="42"/>
        <source>&apos;{text}&apos; has a fraction in {number} although more numbers follow in &apos;{where}&apos;; only the last of degrees, minutes and seconds may have decimals.</source>
        <translation>“{text}” skaitlim {number} ir daļa aiz komata, lai gan daļā “{where}” tam seko vēl skaitļi; decimāldaļas drīkst būt tikai pēdējam no grādiem, minūtēm un sekundēm.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="44"/>
        <source>&apos;{text}&apos; has a sign on {number} inside &apos;{where}&apos;; put a sign only before the degrees.</source>
        <translation>“{text}” daļā “{where}” skaitlim {number} ir zīme; zīmi rakstiet tikai pirms grādiem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="46"/>
        <source>&apos;{text}&apos; has {size} {unit} in &apos;{where}&apos;; it must be below 60.</source>
        <translation>“{text}” daļā “{where}” satur {size} ({unit}); jābūt mazāk par 60.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="47"/>
        <source>&apos;{text}&apos; gives two {axis} ({first} and {second}); give one of N/S and one of E/W.</source>
        <translation>“{text}” norāda divas vērtības – {axis} ({first} un {second}); norādiet vienu no N/S un vienu no E/W.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="49"/>
        <source>&apos;{text}&apos; has both a minus sign and the letter {letter}; use one or the other.</source>
        <translation>“{text}” satur gan mīnusa zīmi, gan burtu {letter}; lietojiet tikai vienu no tiem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="50"/>
        <source>&apos;{text}&apos; gives latitude {value}, beyond 90 degrees.</source>
        <translation>“{text}” norāda platumu {value}, lielāku par 90 grādiem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="51"/>
        <source>&apos;{text}&apos; gives longitude {value}, beyond 180 degrees.</source>
        <translation>“{text}” norāda garumu {value}, lielāku par 180 grādiem.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="52"/>
        <source>&apos;{text}&apos; has &apos;{part}&apos; where a grid coordinate (one number of metres) was expected.</source>
        <translation>“{text}” satur “{part}” vietā, kur bija gaidīta tīkla koordināta (viens skaitlis metros).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="54"/>
        <source>&apos;{text}&apos; labels grid coordinates with {first} and {second}; use N for the northing and E for the easting.</source>
        <translation>“{text}” tīkla koordinātas apzīmē ar {first} un {second}; ziemeļu koordinātu (X) apzīmējiet ar N, austrumu (Y) – ar E.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="56"/>
        <source>&apos;{text}&apos; names UTM zone {zone}, but the system given is {system}.</source>
        <translation>“{text}” norāda UTM zonu {zone}, bet izvēlētā sistēma ir {system}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="57"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) is not a position, far outside the area that system is used for.</source>
        <translation>“{text}”, nolasīts sistēmā {system} (raksta: {axes}), nav atrašanās vieta – tālu ārpus apgabala, kurā šo sistēmu lieto.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="59"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) lies at {place}, far outside the area that system is used for.</source>
        <translation>“{text}”, nolasīts sistēmā {system} (raksta: {axes}), atrodas {place}, tālu ārpus apgabala, kurā šo sistēmu lieto.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="61"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) lies at {place}, far outside the area that system is used for. With the two numbers the other way round it would be {swapped}; check their order ({axes}).</source>
        <translation>“{text}”, nolasīts sistēmā {system} (raksta: {axes}), atrodas {place}, tālu ārpus apgabala, kurā šo sistēmu lieto. Ja abus skaitļus samainītu vietām, tā būtu {swapped}; pārbaudiet to secību ({axes}).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="64"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) is not a position, far outside the area that system is used for. With the two numbers the other way round it would be {swapped}; check their order ({axes}).</source>
        <translation>“{text}”, nolasīts sistēmā {system} (raksta: {axes}), nav atrašanās vieta – tālu ārpus apgabala, kurā šo sistēmu lieto. Ja abus skaitļus samainītu vietām, tā būtu {swapped}; pārbaudiet to secību ({axes}).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="67"/>
        <source>&apos;{text}&apos; in {system} does not convert to a WGS 84 position.</source>
        <translation>“{text}” sistēmā {system} nepārvēršas par WGS 84 atrašanās vietu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="68"/>
        <source>&apos;{text}&apos; is not a plausible position in the monitored region (latitude {south} to {north}, longitude {west} to {east}) in any grid tried ({orders}); check the numbers and their order, or name the system.</source>
        <translation>“{text}” nav ticama uzraudzītā reģiona (platums {south}–{north}, garums {west}–{east}) atrašanās vieta nevienā izmēģinātajā tīklā ({orders}); pārbaudiet skaitļus un to secību vai norādiet sistēmu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="71"/>
        <source>{name} as {axes}</source>
        <translation>{name}: {axes}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="72"/>
        <source>&apos;{text}&apos; fits more than one coordinate system: {options}. Name the system to choose.</source>
        <translation>“{text}” der vairāk nekā vienai koordinātu sistēmai: {options}. Norādiet sistēmu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="74"/>
        <source>{system} ({name}) puts it at {place}</source>
        <translation>{system} ({name}): {place}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="75"/>
        <source>&apos;{text}&apos; mixes a number that can only be metres ({metres}) with one that looks like degrees ({degrees}); write both in one system.</source>
        <translation>“{text}” jauc skaitli, kas var būt tikai metri ({metres}), ar skaitli, kas izskatās pēc grādiem ({degrees}); rakstiet abus vienā sistēmā.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="77"/>
        <source>&apos;{text}&apos; reads as {place}, outside the monitored region (latitude {south} to {north}, longitude {west} to {east}). Name the system (wgs84) to accept a position elsewhere.</source>
        <translation>“{text}” nolasīts kā {place}, ārpus uzraudzītā reģiona (platums {south}–{north}, garums {west}–{east}). Norādiet sistēmu (wgs84), lai pieņemtu atrašanās vietu citur.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="80"/>
        <source>&apos;{text}&apos; reads as {place}, outside the monitored region (latitude {south} to {north}, longitude {west} to {east}). It looks like longitude written first: WGS 84 text gives latitude first, so swap the numbers or add N and E. Name the system (wgs84) to accept a position elsewhere.</source>
        <translation>“{text}” nolasīts kā {place}, ārpus uzraudzītā reģiona (platums {south}–{north}, garums {west}–{east}). Izskatās, ka vispirms uzrakstīts garums: WGS 84 tekstā vispirms ir platums, tāpēc samainiet skaitļus vai pievienojiet N un E. Norādiet sistēmu (wgs84), lai pieņemtu atrašanās vietu citur.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="84"/>
        <source>{text} is not coordinate text.</source>
        <translation>{text} nav koordinātu teksts.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="85"/>
        <source>The coordinate text is empty.</source>
        <translation>Koordinātu teksts ir tukšs.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="86"/>
        <source>&apos;{text}...&apos; is {count} characters, too long for a position.</source>
        <translation>“{text}...” satur rakstzīmes: {count} – pārāk garš atrašanās vietai.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="87"/>
        <source>Precision {precision} is outside {low} to {high} for {system}.</source>
        <translation>Precizitāte {precision} sistēmai {system} ir ārpus robežām no {low} līdz {high}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="88"/>
        <source>Longitude {lon}, latitude {lat} is not a position on the globe.</source>
        <translation>Garums {lon}, platums {lat} nav atrašanās vieta uz zemeslodes.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="89"/>
        <source>{place} cannot be written in {system}.</source>
        <translation>{place} nevar pierakstīt sistēmā {system}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="90"/>
        <source>&apos;{text}&apos; is not an MGRS reference; write the grid zone (e.g. 35U), the 100 km square (e.g. LA) and 2 to 10 digits, e.g. 35U LA 89485 61289.</source>
        <translation>“{text}” nav MGRS atsauce; rakstiet tīkla zonu (piem., 35U), 100 km kvadrātu (piem., LA) un 2 līdz 10 ciparus, piem., 35U LA 89485 61289.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="92"/>
        <source>&apos;{text}&apos; names UTM zone {zone}; zones run from 1 to 60.</source>
        <translation>“{text}” norāda UTM zonu {zone}; zonas ir no 1 līdz 60.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="93"/>
        <source>&apos;{text}&apos; names only the 100 km square {square}; add digits for easting and northing (1 to 5 each) to give a position.</source>
        <translation>“{text}” norāda tikai 100 km kvadrātu {square}; pievienojiet austrumu un ziemeļu ciparus (pa 1 līdz 5), lai iegūtu atrašanās vietu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="95"/>
        <source>&apos;{text}&apos; has {count} digits after the square; an MGRS reference has an equal number for easting and northing, 1 to 5 each.</source>
        <translation>“{text}” pēc kvadrāta satur ciparus: {count}; MGRS atsaucē austrumu un ziemeļu ciparu ir vienādi, pa 1 līdz 5.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="97"/>
        <source>&apos;{text}&apos; is not a valid MGRS reference: the square {square} does not lie in grid zone {zone} at those digits.</source>
        <translation>“{text}” nav derīga MGRS atsauce: kvadrāts {square} ar šiem cipariem neatrodas tīkla zonā {zone}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="99"/>
        <source>MGRS precision {precision} is not one of 1 (10 km), 2 (1 km), 3 (100 m), 4 (10 m), 5 (1 m).</source>
        <translation>MGRS precizitāte {precision} nav neviena no: 1 (10 km), 2 (1 km), 3 (100 m), 4 (10 m), 5 (1 m).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="101"/>
        <source>Latitude {lat}, longitude {lon} cannot be written as an MGRS reference.</source>
        <translation>Platumu {lat}, garumu {lon} nevar pierakstīt kā MGRS atsauci.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="102"/>
        <source>{name} is not a coordinate system name.</source>
        <translation>{name} nav koordinātu sistēmas nosaukums.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="103"/>
        <source>&apos;{name}&apos; is not a coordinate system this program knows; use one of {names} or EPSG:nnnn.</source>
        <translation>“{name}” nav šai programmai zināma koordinātu sistēma; lietojiet vienu no: {names} vai EPSG:nnnn.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="110"/>
        <source>degrees</source>
        <translation>grādi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="111"/>
        <source>minutes</source>
        <translation>minūtes</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="112"/>
        <source>seconds</source>
        <translation>sekundes</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="113"/>
        <source>latitudes</source>
        <translation>platumi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="114"/>
        <source>longitudes</source>
        <translation>garumi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="120"/>
        <source>latitude, longitude</source>
        <translation>platums, garums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="121"/>
        <source>longitude, latitude</source>
        <translation>garums, platums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="122"/>
        <source>northing, easting</source>
        <translation>ziemeļi (X), austrumi (Y)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="123"/>
        <source>easting, northing</source>
        <translation>austrumi, ziemeļi</translation>
    </message>
</context>
<context>
    <name>derived</name>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="18"/>
        <source>(enter a position)</source>
        <translation>(ievadiet atrašanās vietu)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="21"/>
        <source>border {0}</source>
        <translation>robeža {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="23"/>
        <source>sector {0}</source>
        <translation>sektors {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="28"/>
        <source>{0} from the border</source>
        <translation>{0} no robežas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="32"/>
        <source>Belarusian side</source>
        <translation>Baltkrievijas puse</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="34"/>
        <source>EU side</source>
        <translation>ES puse</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="38"/>
        <source>in the emergency zone</source>
        <translation>ārkārtējās situācijas teritorijā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="40"/>
        <source>outside the emergency zone</source>
        <translation>ārpus ārkārtējās situācijas teritorijas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="41"/>
        <source>(no border nearby)</source>
        <translation>(robežas tuvumā nav)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="11"/>
        <source>{path} is not a GeoPackage (no GPKG application id or gpkg_contents table).</source>
        <translation>{path} nav GeoPackage fails (nav GPKG lietotnes identifikatora vai tabulas gpkg_contents).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="12"/>
        <source>{path} is a GeoPackage but not a Border Monitor store; import its layer into a store instead of opening it.</source>
        <translation>{path} ir GeoPackage fails, bet ne Border Monitor krātuve; tā vietā, lai atvērtu, importējiet tā slāni krātuvē.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="14"/>
        <source>{path} was written by a newer Border Monitor (schema version {version}); this version reads up to schema version {current}.</source>
        <translation>{path} ierakstīja jaunāka Border Monitor versija (shēmas versija {version}); šī versija lasa līdz shēmas versijai {current}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="16"/>
        <source>{path} is at schema version {version} and must be upgraded to {current} before it can be read: open it once where it can be written (e.g. border-monitor gui or import).</source>
        <translation>{path} ir shēmas versijā {version}, un pirms lasīšanas tā jāatjaunina līdz {current}: vienreiz atveriet to vietā, kur var rakstīt (piem., border-monitor gui vai import).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="19"/>
        <source>{path} cannot be read as a Border Monitor store: {reason}.</source>
        <translation>{path} nevar nolasīt kā Border Monitor krātuvi: {reason}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="20"/>
        <source>{address} is neither a file nor a PostgreSQL address: Border Monitor reads GeoPackage files and postgresql:// databases, not {scheme}://.</source>
        <translation>{address} nav ne fails, ne PostgreSQL adrese: Border Monitor lasa GeoPackage failus un postgresql:// datubāzes, nevis {scheme}://.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="22"/>
        <source>The store {path} does not exist.</source>
        <translation>Krātuve {path} neeksistē.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="23"/>
        <source>The store {path} is a folder, not a file.</source>
        <translation>Krātuve {path} ir mape, nevis fails.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="24"/>
        <source>The {what} {path} does not exist.</source>
        <translation>{path} ({what}) neeksistē.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="25"/>
        <source>The {what} {path} is a folder, not a file.</source>
        <translation>{path} ({what}) ir mape, nevis fails.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="26"/>
        <source>{path}: does not exist</source>
        <translation>{path}: fails neeksistē</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="27"/>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: tā ir mape, nevis fails</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="28"/>
        <source>{path}: is not a regular file (a device, a pipe or a socket); only files are read</source>
        <translation>{path}: tas nav parasts fails (ierīce, kanāls vai ligzda); lasa tikai failus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="30"/>
        <source>{path}: cannot be read (permission denied)</source>
        <translation>{path}: nevar nolasīt (piekļuve liegta)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="31"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: nevar nolasīt ({reason})</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="32"/>
        <source>{path}: is empty</source>
        <translation>{path}: fails ir tukšs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="33"/>
        <source>{path}: is UTF-16 text; save it as UTF-8 (or cp1257/cp1250) CSV</source>
        <translation>{path}: tas ir UTF-16 teksts; saglabājiet to kā UTF-8 (vai cp1257/cp1250) CSV</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="34"/>
        <source>{path}: is not a text file (a NUL byte on line {line}); is it a spreadsheet (.xlsx) or UTF-16 text rather than CSV?</source>
        <translation>{path}: tas nav teksta fails (NUL baits {line}. rindā); varbūt tā ir izklājlapa (.xlsx) vai UTF-16 teksts, nevis CSV?</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="36"/>
        <source>{path}: is not UTF-8, cp1257 or cp1250 text: byte {offset} on line {line} cannot be decoded (wrong encoding?)</source>
        <translation>{path}: tas nav UTF-8, cp1257 vai cp1250 teksts: baitu {offset} {line}. rindā nevar atkodēt (nepareizs kodējums?)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="38"/>
        <source>{path}: cannot import files ending in {suffix}; known suffixes: {known}</source>
        <translation>{path}: nevar importēt failus ar paplašinājumu {suffix}; zināmie paplašinājumi: {known}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="39"/>
        <source>There is no sync package {path}.</source>
        <translation>Sinhronizācijas pakotnes {path} nav.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="40"/>
        <source>{path} is a folder, not a sync package.</source>
        <translation>{path} ir mape, nevis sinhronizācijas pakotne.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="41"/>
        <source>The sync package {path} is encrypted: give its passphrase with --passphrase-file.</source>
        <translation>Sinhronizācijas pakotne {path} ir šifrēta: norādiet tās paroles frāzi ar --passphrase-file.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="43"/>
        <source>The sync package {path} is not encrypted, but a passphrase was given: it is not the package you expect, or it was written without --passphrase-file.</source>
        <translation>Sinhronizācijas pakotne {path} nav šifrēta, bet paroles frāze ir norādīta: tā nav gaidītā pakotne, vai tā ierakstīta bez --passphrase-file.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="45"/>
        <source>The sync package {path} is not a Border Monitor sync package (not a GeoPackage).</source>
        <translation>Sinhronizācijas pakotne {path} nav Border Monitor sinhronizācijas pakotne (nav GeoPackage).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="46"/>
        <source>The sync package {path} cannot be opened: the passphrase is wrong, or the package was changed after it was written.</source>
        <translation>Sinhronizācijas pakotni {path} nevar atvērt: paroles frāze ir nepareiza, vai pakotne mainīta pēc ierakstīšanas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="48"/>
        <source>The sync package {path} was changed after it was written (its content does not match its digest); it was not applied.</source>
        <translation>Sinhronizācijas pakotne {path} mainīta pēc ierakstīšanas (saturs neatbilst kontrolsummai); tā netika lietota.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="50"/>
        <source>The base map {path} does not exist.</source>
        <translation>Pamatkartes {path} nav.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="51"/>
        <source>The file {path} is not a base map built by &apos;border-monitor basemap build&apos; (it has no {table} table).</source>
        <translation>Fails {path} nav pamatkarte, kas izveidota ar “border-monitor basemap build” (tajā nav tabulas {table}).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="53"/>
        <source>The file {path} is not a base map built by &apos;border-monitor basemap build&apos;.</source>
        <translation>Fails {path} nav pamatkarte, kas izveidota ar “border-monitor basemap build”.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="55"/>
        <source>The OpenStreetMap extract {path} does not exist.</source>
        <translation>OpenStreetMap izvilkuma {path} nav.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="56"/>
        <source>The OpenStreetMap extract {path} is not an .osm.pbf or .osm file.</source>
        <translation>OpenStreetMap izvilkums {path} nav .osm.pbf vai .osm fails.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../border_monitor/ui/failure_text.py" line="34"/>
        <source>The operation failed; the technical details (in English) come with this message.</source>
        <translation>Darbība neizdevās; tehniskā informācija (angļu valodā) ir pievienota šim ziņojumam.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/failure_text.py" line="65"/>
        <source>An internal error; details in %1</source>
        <translation>Iekšēja kļūda; sīkāka informācija: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/failure_text.py" line="67"/>
        <source>An internal error (%1); it could not be logged.</source>
        <translation>Iekšēja kļūda (%1); to neizdevās ierakstīt žurnālā.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="15"/>
        <source>Lithuania</source>
        <translation>Lietuva</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="16"/>
        <source>Latvia</source>
        <translation>Latvija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="17"/>
        <source>Poland</source>
        <translation>Polija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="18"/>
        <source>Belarus</source>
        <translation>Baltkrievija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="25"/>
        <source>Apprehension</source>
        <translation>Aizturēšana</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="26"/>
        <source>Prevented entry</source>
        <translation>Novērsts šķērsošanas mēģinājums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="27"/>
        <source>Return to Belarus</source>
        <translation>Atgriešana uz Baltkrieviju</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="28"/>
        <source>Smuggling</source>
        <translation>Kontrabanda</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="29"/>
        <source>Trafficking</source>
        <translation>Nelikumīga personu pārvietošana</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="30"/>
        <source>Barrier damage</source>
        <translation>Žoga bojājums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="31"/>
        <source>Use of force</source>
        <translation>Spēka pielietošana</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="32"/>
        <source>Provocation</source>
        <translation>Provokācija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="33"/>
        <source>Military activity</source>
        <translation>Militāras darbības</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="34"/>
        <source>Airspace violation</source>
        <translation>Gaisa telpas pārkāpums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="35"/>
        <source>Humanitarian</source>
        <translation>Humānā palīdzība</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="36"/>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="44"/>
        <source>Reported</source>
        <translation>Ziņots</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="45"/>
        <source>Verified</source>
        <translation>Pārbaudīts</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="46"/>
        <source>Closed</source>
        <translation>Slēgts</translation>
    </message>
</context>
<context>
    <name>nationality_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/nationality_texts.py" line="34"/>
        <source>Stateless person</source>
        <translation>Bezvalstnieks</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/nationality_texts.py" line="35"/>
        <source>Unknown nationality</source>
        <translation>Nezināma pilsonība</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/nationality_texts.py" line="36"/>
        <source>Kosovo</source>
        <translation>Kosova</translation>
    </message>
</context>
<context>
    <name>rejects</name>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="27"/>
        <source>is empty</source>
        <translation>ir tukšs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="28"/>
        <source>is not a number</source>
        <translation>nav skaitlis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="29"/>
        <source>is not a finite number</source>
        <translation>nav galīgs skaitlis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="30"/>
        <source>is not a whole number</source>
        <translation>nav vesels skaitlis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="31"/>
        <source>is negative</source>
        <translation>ir negatīvs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="32"/>
        <source>is before 2000</source>
        <translation>ir pirms 2000. gada</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="33"/>
        <source>is in the future</source>
        <translation>ir nākotnē</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="34"/>
        <source>is not LT, LV or PL</source>
        <translation>nav LT, LV vai PL</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="35"/>
        <source>is not a known incident type</source>
        <translation>nav zināms incidenta veids</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="36"/>
        <source>is not a known status</source>
        <translation>nav zināms statuss</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="37"/>
        <source>is outside -180..180</source>
        <translation>ir ārpus -180..180</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="38"/>
        <source>is outside -90..90</source>
        <translation>ir ārpus -90..90</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="39"/>
        <source>is not a UUID</source>
        <translation>nav UUID</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="40"/>
        <source>has a UTC offset that is not +HH:MM</source>
        <translation>satur UTC nobīdi, kas nav +HH:MM</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="41"/>
        <source>is not an MGRS grid reference</source>
        <translation>nav MGRS tīkla atsauce</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="54"/>
        <source>is outside the monitored region (lat %1, lon %2)</source>
        <translation>ir ārpus uzraudzītā reģiona (platums %1, garums %2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="59"/>
        <source>has %1 fields where the header has %2</source>
        <translation>satur %1 laukus, bet galvene – %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="62"/>
        <source>repeats the id of row %1</source>
        <translation>atkārto %1. rindas identifikatoru</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="64"/>
        <source>must be at least 1 for this type</source>
        <translation>šim veidam jābūt vismaz 1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="71"/>
        <source>sheet &apos;%1&apos;, row %2</source>
        <translation>lapa “%1”, rinda %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="74"/>
        <source>line %1</source>
        <translation>rinda %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="75"/>
        <source>feature %1</source>
        <translation>objekts %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="95"/>
        <source>northing (X)</source>
        <translation>ziemeļu koordināta (X)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="96"/>
        <source>easting (Y)</source>
        <translation>austrumu koordināta (Y)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="97"/>
        <source>latitude</source>
        <translation>platums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="98"/>
        <source>longitude</source>
        <translation>garums</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="114"/>
        <source>the file holds no features</source>
        <translation>failā nav objektu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="116"/>
        <source>%1 holds the %2 values and %3 the %4 values of %5 (it writes the %6 first): they were read that way round</source>
        <translation>%1 satur %5 vērtības “%2”, bet %3 – “%4” (šī sistēma vispirms raksta “%6”): tās nolasītas tieši tā</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="121"/>
        <source>the columns %1 and %2 were read as %3 (%4): %1 the %5, %2 the %6</source>
        <translation>kolonnas %1 un %2 nolasītas kā %3 (%4): %1 – %5, %2 – %6</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="124"/>
        <source>the columns %1 and %2 were read as %3 (%4)</source>
        <translation>kolonnas %1 un %2 nolasītas kā %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="127"/>
        <source>the incident type was read from the %1 field</source>
        <translation>incidenta veids nolasīts no lauka %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="130"/>
        <source>%1 deleted incident(s) of %2 were skipped</source>
        <translation>izlaisti dzēstie %2 incidenti: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="133"/>
        <source>the id column holds no UUIDs (e.g. %1); new ids were made</source>
        <translation>identifikatoru kolonnā nav UUID (piem., %1); izveidoti jauni identifikatori</translation>
    </message>
</context>
<context>
    <name>shifts</name>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="31"/>
        <source>%1 (%2) rising, %3 in 7 days against %4 expected, while its neighbours %5 fall, %6 against %7</source>
        <translation>%1 (%2) pieaug: %3 7 dienās, gaidīti %4, bet kaimiņi %5 samazinās: %6, gaidīti %7</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="38"/>
        <source>%1 falling, %2 in 7 days against %3 expected, while %4 rises, %5 against %6</source>
        <translation>%1 samazinās: %2 7 dienās, gaidīti %3, bet %4 pieaug: %5, gaidīti %6</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="52"/>
        <source>end of %1 (each service&apos;s local day)</source>
        <translation>%1 beigas (katra dienesta vietējā diena)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="55"/>
        <source>%1 (each service&apos;s local time)</source>
        <translation>%1 (katra dienesta vietējais laiks)</translation>
    </message>
</context>
<context>
    <name>system_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/system_texts.py" line="15"/>
        <source>WGS 84 decimal degrees</source>
        <translation>WGS 84 decimālgrādi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/system_texts.py" line="16"/>
        <source>WGS 84 degrees, minutes, seconds</source>
        <translation>WGS 84 grādi, minūtes, sekundes</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/system_texts.py" line="17"/>
        <source>MGRS grid reference</source>
        <translation>MGRS tīkla atsauce</translation>
    </message>
</context>
<context>
    <name>zone_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="18"/>
        <source>reporter&apos;s zone</source>
        <translation>ziņotāja josla</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="23"/>
        <source>Time (%1)</source>
        <translation>Laiks (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="29"/>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="31"/>
        <source>This &amp;workstation&apos;s (%1)</source>
        <translation>Šī &amp;datora (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="32"/>
        <source>The &amp;reporter&apos;s (each country&apos;s zone)</source>
        <translation>&amp;Ziņotāja (katras valsts josla)</translation>
    </message>
</context>
</TS>
