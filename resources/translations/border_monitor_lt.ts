<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="29"/>
        <source>About Border Monitor</source>
        <translation>Apie Border Monitor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="43"/>
        <source>Incidents on the Lithuanian, Latvian and Polish borders with Belarus.</source>
        <translation>Incidentai Lietuvos, Latvijos ir Lenkijos pasienyje su Baltarusija.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="44"/>
        <source>Python %1, Qt %2, PySide6 %3</source>
        <translation>Python %1, Qt %2, PySide6 %3</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="48"/>
        <source>Store</source>
        <translation>Saugykla</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="51"/>
        <source>The incidents in this store are a synthetic scenario made up for demonstration and training. They follow the public figures of 2021 in outline, but no record is a real event.</source>
        <translation>Šios saugyklos incidentai yra sintetinis scenarijus, sukurtas demonstravimui ir mokymui. Bendrais bruožais jie atitinka viešus 2021 m. duomenis, tačiau nė vienas įrašas nėra tikras įvykis.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="56"/>
        <source>Data</source>
        <translation>Duomenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="57"/>
        <source>Borders and countries: © OpenStreetMap contributors, available under the Open Database Licence (ODbL).</source>
        <translation>Sienos ir valstybės: © OpenStreetMap bendraautoriai, pagal Open Database Licence (ODbL).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="59"/>
        <source>Map library: Leaflet (BSD-2-Clause); map page built with folium (MIT).</source>
        <translation>Žemėlapių biblioteka: Leaflet (BSD-2-Clause); žemėlapio puslapis sukurtas su folium (MIT).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/about.py" line="61"/>
        <source>Licence: EUPL-1.2</source>
        <translation>Licencija: EUPL-1.2</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="41"/>
        <source>Alerts</source>
        <translation>Įspėjimai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="92"/>
        <source>No early warning: the store holds no sectors or no incidents.</source>
        <translation>Ankstyvojo įspėjimo nėra: saugykloje nėra sektorių arba incidentų.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="104"/>
        <source>Sectors elevated or high</source>
        <translation>Sektoriai su padidėjusiu ar aukštu lygiu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="113"/>
        <source>and %1 more</source>
        <translation>ir dar %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="115"/>
        <source>No sector elevated or high</source>
        <translation>Nėra sektorių su padidėjusiu ar aukštu lygiu</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="121"/>
        <source>Shifts in pressure</source>
        <translation>Spaudimo poslinkiai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="128"/>
        <source>24 h: %1 · 7 d: %2</source>
        <translation>24 val.: %1 · 7 d.: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="133"/>
        <source>24 h: %1 (exp. %2) · 7 d: %3 (exp. %4)</source>
        <translation>24 val.: %1 (tikėtasi %2) · 7 d.: %3 (tikėtasi %4)</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="161"/>
        <source>Add...</source>
        <translation>Pridėti...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="162"/>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="163"/>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="164"/>
        <source>Attach photos or documents to this incident</source>
        <translation>Pridėti nuotraukų ar dokumentų prie šio incidento</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="165"/>
        <source>Open the selected file with the system&apos;s viewer</source>
        <translation>Atidaryti pasirinktą failą sistemos žiūrykle</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="166"/>
        <source>Remove the selected files from the store</source>
        <translation>Pašalinti pasirinktus failus iš saugyklos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="205"/>
        <source>Attachments</source>
        <translation>Priedai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="206"/>
        <source>are kept in GeoPackage stores only; this shared store holds none.</source>
        <translation>laikomi tik GeoPackage saugyklose; šioje bendroje saugykloje jų nėra.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="219"/>
        <source>%1
%2, %3
added %4 by %5</source>
        <translation>%1
%2, %3
pridėjo %5, %4</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="224"/>
        <source>Attachments (%1)</source>
        <translation>Priedai (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="242"/>
        <source>Attach files</source>
        <translation>Pridėti failus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="243"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.heic *.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt *.mp4);;All files (*)</source>
        <translation>Nuotraukos ir dokumentai (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.heic *.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt *.mp4);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="263"/>
        <source>Attach refused</source>
        <translation>Priedas atmestas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="275"/>
        <location filename="../../border_monitor/ui/attachments_section.py" line="278"/>
        <source>Cannot open the attachment</source>
        <translation>Nepavyko atidaryti priedo</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="279"/>
        <source>No program on this computer opens %1 (%2); it was saved as %3</source>
        <translation>Šiame kompiuteryje nėra programos, atidarančios %1 (%2); failas išsaugotas kaip %3</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="290"/>
        <source>Remove attachments</source>
        <translation>Pašalinti priedus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="291"/>
        <source>Remove %1 from the store? The audit log keeps its name and checksum, not the file.</source>
        <translation>Pašalinti %1 iš saugyklos? Audito žurnale liks pavadinimas ir kontrolinė suma, ne failas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/attachments_section.py" line="306"/>
        <source>Remove refused</source>
        <translation>Pašalinimas atmestas</translation>
    </message>
</context>
<context>
    <name>BriefingMode</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/mode.py" line="26"/>
        <source>&amp;Briefing mode</source>
        <translation>&amp;Instruktažo režimas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/mode.py" line="29"/>
        <source>The wall display: map, impact levels, figures and alerts, full screen (Esc leaves)</source>
        <translation>Sieninis ekranas: žemėlapis, poveikio lygiai, skaičiai ir įspėjimai per visą ekraną (Esc išeina)</translation>
    </message>
</context>
<context>
    <name>BriefingTimeline</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/timeline.py" line="37"/>
        <source>Incidents per day (last 7 days shaded)</source>
        <translation>Incidentai per dieną (paskutinės 7 dienos pažymėtos)</translation>
    </message>
</context>
<context>
    <name>BriefingWindow</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="66"/>
        <source>Border Monitor - Briefing</source>
        <translation>Border Monitor - instruktažas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="77"/>
        <source>Border situation</source>
        <translation>Padėtis pasienyje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="81"/>
        <source>DEMO</source>
        <translation>DEMONSTRACIJA</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="82"/>
        <source>DEMO - synthetic data</source>
        <translation>DEMO - sintetiniai duomenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="209"/>
        <source>As of %1: the store&apos;s newest data</source>
        <translation>%1 būklė: naujausi saugyklos duomenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="210"/>
        <source>As of %1 (given)</source>
        <translation>%1 būklė (nurodyta)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="217"/>
        <source>the end of %1</source>
        <translation>%1 pabaiga</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="222"/>
        <source>last 24 h</source>
        <translation>paskutinės 24 val.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="222"/>
        <source>last 7 days</source>
        <translation>paskutinės 7 dienos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="243"/>
        <source>The store holds no incidents</source>
        <translation>Saugykloje nėra incidentų</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/window.py" line="246"/>
        <source>Data as of %1</source>
        <translation>Duomenys %1 būklei</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="36"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="37"/>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="38"/>
        <source>Type and persons</source>
        <translation>Tipas ir asmenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="39"/>
        <source>Position</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="40"/>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="41"/>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="42"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="43"/>
        <source>Deleted or kept</source>
        <translation>Ištrintas ar paliktas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="79"/>
        <source>Keep the picked fields</source>
        <translation>Palikti pasirinktus laukus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="81"/>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="224"/>
        <source>Merge field by field: keep the version picked in each row</source>
        <translation>Sujungti lauką po lauko: palikti kiekvienoje eilutėje pasirinktą versiją</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="83"/>
        <source>%1 marks the provisional winner, which the store shows until someone picks.</source>
        <translation>%1 žymi laikinai laimėjusią versiją, kurią saugykla rodo, kol kas nors pasirinks.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="117"/>
        <source>No store is open.</source>
        <translation>Neatidaryta jokia saugykla.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="119"/>
        <source>The store is open read-only: conflicts cannot be resolved here.</source>
        <translation>Saugykla atidaryta tik skaityti: konfliktų čia išspręsti negalima.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="144"/>
        <source>No conflicts: every synced change merged.</source>
        <translation>Konfliktų nėra: visi sinchronizuoti pakeitimai sujungti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="145"/>
        <source>%n incident(s) changed on two stores in ways sync cannot merge.</source>
        <translation>
            <numerusform>%n incidentas pakeistas dviejose saugyklose taip, kad sinchronizacija negali jo sujungti.</numerusform>
            <numerusform>%n incidentai pakeisti dviejose saugyklose taip, kad sinchronizacija negali jų sujungti.</numerusform>
            <numerusform>%n incidentų pakeista dviejose saugyklose taip, kad sinchronizacija negali jų sujungti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="178"/>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="181"/>
        <source>Version by %1</source>
        <translation>%1 versija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="201"/>
        <source>(revision %1)</source>
        <translation>(versija %1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="210"/>
        <source>Keep this: %1</source>
        <translation>Palikti šią: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="212"/>
        <source>Keep the version by %1 for every field in conflict</source>
        <translation>Palikti %1 versiją visiems konflikto laukams</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="267"/>
        <source>Resolve a conflict</source>
        <translation>Išspręsti konfliktą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="268"/>
        <source>Writing the versions kept...</source>
        <translation>Rašomos paliktos versijos...</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="97"/>
        <source>Connect to shared store</source>
        <translation>Prisijungti prie bendros saugyklos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="106"/>
        <source>Remember the password in the system keyring</source>
        <translation>Įsiminti slaptažodį sistemos raktinėje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="110"/>
        <source>No system keyring is available: the password is asked each time.</source>
        <translation>Sistemos raktinės nėra: slaptažodis klausiamas kiekvieną kartą.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="114"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveris:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="115"/>
        <source>&amp;Port:</source>
        <translation>&amp;Prievadas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="116"/>
        <source>&amp;Database:</source>
        <translation>&amp;Duomenų bazė:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="117"/>
        <source>&amp;User:</source>
        <translation>&amp;Naudotojas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="118"/>
        <source>Pass&amp;word:</source>
        <translation>Slapta&amp;žodis:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="121"/>
        <source>&amp;Connect</source>
        <translation>P&amp;risijungti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="150"/>
        <source>Name the server (a host name or address).</source>
        <translation>Nurodykite serverį (pavadinimą arba adresą).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="152"/>
        <source>Name the database of the shared store.</source>
        <translation>Nurodykite bendros saugyklos duomenų bazę.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/shared_store.py" line="154"/>
        <source>Name the database user to connect as.</source>
        <translation>Nurodykite duomenų bazės naudotoją, kuriuo jungiamasi.</translation>
    </message>
</context>
<context>
    <name>CoordinateEdit</name>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="45"/>
        <source>Written as: {0}</source>
        <extracomment>The systems offered in the form, in this order (LAEA stays available to the CLI).</extracomment>
        <translation>Rašoma taip: {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="124"/>
        <source>WGS 84: {0}</source>
        <translation>WGS 84: {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="160"/>
        <source>northing easting</source>
        <translation>šiaurė (X) rytai (Y)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/coord_edit.py" line="160"/>
        <source>easting northing</source>
        <translation>rytai šiaurė</translation>
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
        <translation>Laikas (UTC)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="89"/>
        <source>No incident selected.</source>
        <translation>Incidentas nepasirinktas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="122"/>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="123"/>
        <source>Border</source>
        <translation>Siena</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="124"/>
        <source>Sector</source>
        <translation>Sektorius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="125"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="126"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="127"/>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="128"/>
        <source>Nationalities</source>
        <translation>Pilietybės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="129"/>
        <source>Position</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="130"/>
        <source>Distance to border</source>
        <translation>Atstumas iki sienos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="131"/>
        <source>Side</source>
        <translation>Pusė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="132"/>
        <source>In border zone</source>
        <translation>Pasienio ruože</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="133"/>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="133"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="134"/>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="135"/>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="136"/>
        <source>Revision</source>
        <translation>Versija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="137"/>
        <source>Created</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="138"/>
        <source>Updated</source>
        <translation>Atnaujinta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="139"/>
        <source>Origin</source>
        <translation>Kilmė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="140"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="144"/>
        <source>%1 incidents selected; showing the last one.</source>
        <translation>Pasirinkta incidentų: %1; rodomas paskutinis.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/details_panel.py" line="147"/>
        <source>This incident is deleted.</source>
        <translation>Šis incidentas ištrintas.</translation>
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
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="100"/>
        <source>&amp;Redo</source>
        <translation>&amp;Grąžinti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="114"/>
        <source>&amp;New incident...</source>
        <translation>&amp;Naujas incidentas...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="115"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="228"/>
        <source>Record a new incident</source>
        <translation>Įrašyti naują incidentą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="116"/>
        <source>New incident &amp;here...</source>
        <translation>Naujas incidentas &amp;čia...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="117"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="229"/>
        <source>Record an incident at this point</source>
        <translation>Įrašyti incidentą šioje vietoje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="118"/>
        <source>&amp;Edit incident...</source>
        <translation>&amp;Taisyti incidentą...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="119"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="234"/>
        <source>Edit the selected incident (Enter in the table)</source>
        <translation>Taisyti pasirinktą incidentą (Enter lentelėje)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="120"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ištrinti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="122"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="237"/>
        <source>Delete the selected incidents (they can be restored)</source>
        <translation>Ištrinti pasirinktus incidentus (juos galima atkurti)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="123"/>
        <source>Restore &amp;deleted...</source>
        <translation>Atkurti iš&amp;trintus...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="124"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="231"/>
        <source>Bring back deleted incidents</source>
        <translation>Sugrąžinti ištrintus incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="125"/>
        <source>&amp;Copy coordinates</source>
        <translation>&amp;Kopijuoti koordinates</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="126"/>
        <source>Copy the position in the chosen system</source>
        <translation>Kopijuoti vietą pasirinkta sistema</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="127"/>
        <source>Copy coordinates of this &amp;point</source>
        <translation>Kopijuoti šio &amp;taško koordinates</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="130"/>
        <source>Set &amp;status</source>
        <translation>Nustatyti &amp;būseną</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="140"/>
        <source>Coordinate s&amp;ystem</source>
        <translation>Koordinačių s&amp;istema</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>&amp;Taisa</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="181"/>
        <source>Editing</source>
        <translation>Taisymas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="207"/>
        <location filename="../../border_monitor/ui/editing/controller.py" line="305"/>
        <source>Edit incident</source>
        <translation>Taisyti incidentą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="282"/>
        <source>You are connected as %1: you record incidents of %2 only.</source>
        <translation>Esate prisijungę kaip %1: registruojate tik %2 įvykius.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="302"/>
        <source>New incident</source>
        <translation>Naujas incidentas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="322"/>
        <source>Set status %1 on %Ln incident(s)</source>
        <translation>
            <numerusform>Nustatyti būseną %1 %Ln incidentui</numerusform>
            <numerusform>Nustatyti būseną %1 %Ln incidentams</numerusform>
            <numerusform>Nustatyti būseną %1 %Ln incidentų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="346"/>
        <source>Delete %Ln incident(s)</source>
        <translation>
            <numerusform>Ištrinti %Ln incidentą</numerusform>
            <numerusform>Ištrinti %Ln incidentus</numerusform>
            <numerusform>Ištrinti %Ln incidentų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="352"/>
        <source>Restore %Ln incident(s)</source>
        <translation>
            <numerusform>Atkurti %Ln incidentą</numerusform>
            <numerusform>Atkurti %Ln incidentus</numerusform>
            <numerusform>Atkurti %Ln incidentų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="360"/>
        <source>import of %1 (%Ln incident(s))</source>
        <translation>
            <numerusform>%1 importą (%Ln incidentas)</numerusform>
            <numerusform>%1 importą (%Ln incidentai)</numerusform>
            <numerusform>%1 importą (%Ln incidentų)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="337"/>
        <source>Move incident</source>
        <translation>Perkelti incidentą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="393"/>
        <source>Copied {0}</source>
        <translation>Nukopijuota: {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="403"/>
        <source>Copy {0}</source>
        <translation>Kopijuoti {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/controller.py" line="427"/>
        <source>Edit refused</source>
        <translation>Taisymas atmestas</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../border_monitor/ui/actions/export_dialog.py" line="20"/>
        <source>CSV table</source>
        <translation>CSV lentelė</translation>
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
        <translation>Excel darbaknygė</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="57"/>
        <source>Headline figures</source>
        <translation>Pagrindiniai skaičiai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>7 days</source>
        <translation>7 dienos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>vs week before</source>
        <translation>palyginti su ankstesne savaite</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="66"/>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="130"/>
        <source>Total</source>
        <translation>Iš viso</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="145"/>
        <source>Top: %1</source>
        <translation>Daugiausia: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="147"/>
        <source>No persons in the last 7 days</source>
        <translation>Per paskutines 7 dienas asmenų nėra</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/figures_panel.py" line="148"/>
        <source>%1 persons today</source>
        <translation>Asmenų šiandien: %1</translation>
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
        <translation>Atidaryti saugyklą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="72"/>
        <source>Border Monitor stores (*.gpkg);;All files (*)</source>
        <translation>Border Monitor saugyklos (*.gpkg);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="90"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="101"/>
        <source>Opened %1</source>
        <translation>Atidaryta: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="93"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="104"/>
        <source>Opening %1...</source>
        <translation>Atidaroma %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="114"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="144"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="198"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="212"/>
        <source>Import incidents</source>
        <translation>Importuoti incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="115"/>
        <source>Incident files (%1);;All files (*)</source>
        <translation>Incidentų failai (%1);;Visi failai (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="152"/>
        <source>%1: %Ln row(s) have problems and cannot be imported:</source>
        <translation>
            <numerusform>%1: %Ln eilutė turi klaidų ir negali būti importuota:</numerusform>
            <numerusform>%1: %Ln eilutės turi klaidų ir negali būti importuotos:</numerusform>
            <numerusform>%1: %Ln eilučių turi klaidų ir negali būti importuota:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="159"/>
        <source>Import the %Ln good row(s)?</source>
        <translation>
            <numerusform>Importuoti %Ln tinkamą eilutę?</numerusform>
            <numerusform>Importuoti %Ln tinkamas eilutes?</numerusform>
            <numerusform>Importuoti %Ln tinkamų eilučių?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="186"/>
        <source>%Ln incident(s) lie on the Belarusian side, up to %1 km from the line.</source>
        <translation>
            <numerusform>%Ln incidentas yra Baltarusijos pusėje, iki %1 km nuo linijos.</numerusform>
            <numerusform>%Ln incidentai yra Baltarusijos pusėje, iki %1 km nuo linijos.</numerusform>
            <numerusform>%Ln incidentų yra Baltarusijos pusėje, iki %1 km nuo linijos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="195"/>
        <source>%Ln of them lie more than 1 km inside: often a mistyped coordinate.</source>
        <translation>
            <numerusform>%Ln iš jų yra daugiau nei 1 km gilyn: dažnai tai klaidingai įvesta koordinatė.</numerusform>
            <numerusform>%Ln iš jų yra daugiau nei 1 km gilyn: dažnai tai klaidingai įvesta koordinatė.</numerusform>
            <numerusform>%Ln iš jų yra daugiau nei 1 km gilyn: dažnai tai klaidingai įvesta koordinatė.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="197"/>
        <source>Store all %Ln incident(s) of %1?</source>
        <translation>
            <numerusform>Įrašyti %Ln incidentą iš %1?</numerusform>
            <numerusform>Įrašyti visus %Ln incidentus iš %1?</numerusform>
            <numerusform>Įrašyti visus %Ln incidentų iš %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="219"/>
        <source>Imported %Ln incident(s) from %1.</source>
        <translation>
            <numerusform>Importuotas %Ln incidentas iš %1.</numerusform>
            <numerusform>Importuoti %Ln incidentai iš %1.</numerusform>
            <numerusform>Importuota %Ln incidentų iš %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="226"/>
        <source>Writing %Ln incident(s)...</source>
        <translation>
            <numerusform>Rašomas %Ln incidentas...</numerusform>
            <numerusform>Rašomi %Ln incidentai...</numerusform>
            <numerusform>Rašoma %Ln incidentų...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="254"/>
        <source>Exported %Ln incident(s) to %1</source>
        <translation>
            <numerusform>Eksportuotas %Ln incidentas į %1</numerusform>
            <numerusform>Eksportuoti %Ln incidentai į %1</numerusform>
            <numerusform>Eksportuota %Ln incidentų į %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="266"/>
        <location filename="../../border_monitor/ui/actions/files.py" line="279"/>
        <source>Add a base map</source>
        <translation>Pridėti pagrindo žemėlapį</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="267"/>
        <source>Base maps (*.gpkg *.mbtiles);;All files (*)</source>
        <translation>Pagrindo žemėlapiai (*.gpkg *.mbtiles);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="155"/>
        <source>... and %1 more.</source>
        <translation>... ir dar %1.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="173"/>
        <source>%1 holds no incidents.</source>
        <translation>%1 neturi incidentų.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="177"/>
        <source>Reading %1...</source>
        <translation>Skaitoma %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="234"/>
        <source>Export the incidents in the filter</source>
        <translation>Eksportuoti filtro incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="250"/>
        <source>Export incidents</source>
        <translation>Eksportuoti incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/files.py" line="258"/>
        <source>Writing %1...</source>
        <translation>Rašoma %1...</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="81"/>
        <location filename="../../border_monitor/ui/filters_panel.py" line="85"/>
        <source>Clear area</source>
        <translation>Išvalyti plotą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="86"/>
        <source>Clear area: stop filtering by the box drawn on the map</source>
        <translation>Išvalyti plotą: nebefiltruoti pagal žemėlapyje nubrėžtą stačiakampį</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="92"/>
        <source>Dates (local time of the reporting country)</source>
        <translation>Datos (pranešančios šalies vietos laiku)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="94"/>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="96"/>
        <source>To</source>
        <translation>Iki</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="108"/>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="110"/>
        <source>Incident types</source>
        <translation>Incidentų tipai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="112"/>
        <source>Statuses</source>
        <translation>Būsenos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="117"/>
        <source>Text in description, source, sector, nationality</source>
        <translation>Tekstas aprašyme, šaltinyje, sektoriuje, pilietybėje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="121"/>
        <source>Zoom to results</source>
        <translation>Priartinti rezultatus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="123"/>
        <source>Fit the map to the incidents in the filter</source>
        <translation>Parodyti žemėlapyje visus filtro incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="124"/>
        <source>Clear filter</source>
        <translation>Išvalyti filtrą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/filters_panel.py" line="208"/>
        <source>Area: %1</source>
        <translation>Plotas: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>When</source>
        <extracomment>Written by the store on every write; not worth a line in the history. Shown for a create, in this order.</extracomment>
        <translation>Kada</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="83"/>
        <source>Before</source>
        <translation>Prieš</translation>
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
        <translation>Incidentas nepasirinktas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="140"/>
        <source>No recorded changes.</source>
        <translation>Įrašytų pakeitimų nėra.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/history.py" line="161"/>
        <source>origin: {0}</source>
        <translation>kilmė: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="51"/>
        <source>(not imported)</source>
        <extracomment>The coordinate systems offered, after &quot;found from the values&quot;.</extracomment>
        <translation>(neimportuojama)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="52"/>
        <source>Date (and time)</source>
        <translation>Data (ir laikas)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="53"/>
        <source>Time of day</source>
        <translation>Paros laikas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="54"/>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="55"/>
        <source>Incident type</source>
        <translation>Incidento tipas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="56"/>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="57"/>
        <source>Nationalities</source>
        <translation>Pilietybės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="58"/>
        <source>Latitude</source>
        <translation>Platuma</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="59"/>
        <source>Longitude</source>
        <translation>Ilguma</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="60"/>
        <source>X (national grid: northing)</source>
        <translation>X (nacionalinis tinklelis: šiaurė)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="61"/>
        <source>Y (national grid: easting)</source>
        <translation>Y (nacionalinis tinklelis: rytai)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="62"/>
        <source>Northing</source>
        <translation>Šiaurės koordinatė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="63"/>
        <source>Easting</source>
        <translation>Rytų koordinatė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="64"/>
        <source>MGRS reference</source>
        <translation>MGRS koordinatės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="65"/>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="66"/>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="67"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="68"/>
        <source>Id (UUID)</source>
        <translation>ID (UUID)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="98"/>
        <source>Import %1</source>
        <translation>Importuoti %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="102"/>
        <source>encoding %1</source>
        <translation>koduotė %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="104"/>
        <source>separator %1</source>
        <translation>skirtukas %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="106"/>
        <source>sheet %1, header on row %2</source>
        <translation>lapas %1, antraštė %2 eilutėje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="108"/>
        <source>%1 (%2): the first %3 rows as read</source>
        <translation>%1 (%2): pirmosios %3 eilutės, kaip perskaitytos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="115"/>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="136"/>
        <source>Found from the values</source>
        <translation>Nustatyta pagal reikšmes</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="147"/>
        <source>Profile name, e.g. VSAT daily report</source>
        <translation>Profilio pavadinimas, pvz., VSAT paros suvestinė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="148"/>
        <source>Save profile</source>
        <translation>Išsaugoti profilį</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="165"/>
        <source>Coordinate system:</source>
        <translation>Koordinačių sistema:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="166"/>
        <source>Mapping profile:</source>
        <translation>Stulpelių profilis:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="169"/>
        <source>Import</source>
        <translation>Importuoti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="236"/>
        <source>(guessed from the headers)</source>
        <translation>(atspėta pagal antraštes)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="239"/>
        <source>%1 (other columns)</source>
        <translation>%1 (kiti stulpeliai)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="276"/>
        <source>Type a name for the profile first</source>
        <translation>Pirmiausia įveskite profilio pavadinimą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="293"/>
        <source>Checking the file...</source>
        <translation>Tikrinamas failas...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="309"/>
        <source>The file cannot be imported this way:</source>
        <translation>Šio failo taip importuoti negalima:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="318"/>
        <source>%Ln of %1 row(s) would be rejected; the first reasons:</source>
        <translation>
            <numerusform>Iš %1 eilučių būtų atmesta %Ln; pirmosios priežastys:</numerusform>
            <numerusform>Iš %1 eilučių būtų atmestos %Ln; pirmosios priežastys:</numerusform>
            <numerusform>Iš %1 eilučių būtų atmesta %Ln; pirmosios priežastys:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="320"/>
        <source>All %1 rows can be imported.</source>
        <translation>Galima importuoti visas %1 eilutes.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="323"/>
        <source>Note: %1</source>
        <translation>Pastaba: %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="59"/>
        <source>New incident</source>
        <translation>Naujas incidentas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="59"/>
        <source>Edit incident</source>
        <translation>Taisyti incidentą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="105"/>
        <source>Time (local)</source>
        <translation>Laikas (vietos)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="110"/>
        <source>Reporting country</source>
        <translation>Pranešanti šalis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="115"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="119"/>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="122"/>
        <source>Nationalities</source>
        <translation>Pilietybės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="125"/>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="130"/>
        <source>Derived</source>
        <translation>Išvestiniai duomenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="135"/>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="138"/>
        <source>e.g. patrol, camera, report number</source>
        <translation>pvz., patrulis, kamera, pranešimo numeris</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="139"/>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="144"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="325"/>
        <source>&apos;%1&apos; %2.</source>
        <translation>„%1“ %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="334"/>
        <source>Position on the Belarusian side</source>
        <translation>Vieta Baltarusijos pusėje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/form.py" line="335"/>
        <source>The position lies on the Belarusian side of the border. Save the incident as an observation across the line?</source>
        <translation>Vieta yra Baltarusijos sienos pusėje. Įrašyti incidentą kaip stebėjimą anapus linijos?</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Sector</source>
        <translation>Sektorius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="221"/>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Nationalities</source>
        <translation>Pilietybės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Distance to border</source>
        <translation>Atstumas iki sienos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/table/model.py" line="222"/>
        <source>Description</source>
        <translation>Aprašymas</translation>
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
        <translation>&amp;Kalba</translation>
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
        <translation>Filtrai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="82"/>
        <source>Incident details</source>
        <translation>Incidento duomenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="84"/>
        <source>Timeline</source>
        <translation>Laiko ašis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="85"/>
        <source>Incidents</source>
        <translation>Incidentai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="178"/>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="182"/>
        <source>&amp;Open store...</source>
        <translation>&amp;Atidaryti saugyklą...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="184"/>
        <source>&amp;Connect to shared store...</source>
        <translation>P&amp;risijungti prie bendros saugyklos...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="187"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importuoti...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="188"/>
        <source>&amp;Export...</source>
        <translation>&amp;Eksportuoti...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="190"/>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;Rodymas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="219"/>
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="221"/>
        <source>&amp;About Border Monitor</source>
        <translation>&amp;Apie Border Monitor</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="272"/>
        <source>no store</source>
        <translation>nėra saugyklos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="275"/>
        <source>%1 (as %2)</source>
        <translation>%1 (kaip %2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="276"/>
        <source>Store: %1</source>
        <translation>Saugykla: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="290"/>
        <source>Who is working: written into the history of every change (Edit &gt; Settings...)</source>
        <translation>Kas dirba: įrašoma į kiekvieno pakeitimo istoriją (Taisa &gt; Nuostatos...)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/main_window.py" line="262"/>
        <location filename="../../border_monitor/ui/main_window.py" line="312"/>
        <source>%Ln incident(s) in the filter</source>
        <translation>
            <numerusform>%Ln incidentas filtre</numerusform>
            <numerusform>%Ln incidentai filtre</numerusform>
            <numerusform>%Ln incidentų filtre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="124"/>
        <source>Se&amp;ttings...</source>
        <translation>&amp;Nuostatos...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="180"/>
        <source>&amp;New store...</source>
        <translation>&amp;Nauja saugykla...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="189"/>
        <source>Add &amp;base map...</source>
        <translation>Pridėti &amp;pagrindo žemėlapį...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/main_window.py" line="283"/>
        <source>DEMO - synthetic data</source>
        <translation>DEMO - sintetiniai duomenys</translation>
    </message>
</context>
<context>
    <name>MapImageDialog</name>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="87"/>
        <source>Export map image</source>
        <translation>Eksportuoti žemėlapio vaizdą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="98"/>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="101"/>
        <source>Choose...</source>
        <translation>Pasirinkti...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="107"/>
        <source>Width</source>
        <translation>Plotis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="108"/>
        <source>Height</source>
        <translation>Aukštis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="109"/>
        <source>Scale (sharpness for print)</source>
        <translation>Mastelis (ryškumas spausdinimui)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="110"/>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="117"/>
        <source>Save the map image</source>
        <translation>Išsaugoti žemėlapio vaizdą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="119"/>
        <source>PNG image (*.png)</source>
        <translation>PNG vaizdas (*.png)</translation>
    </message>
</context>
<context>
    <name>MapLayerActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="41"/>
        <source>Add &amp;online base map...</source>
        <translation>Pridėti &amp;internetinį pagrindo žemėlapį...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="43"/>
        <source>&amp;Remove online base map</source>
        <translation>&amp;Pašalinti internetinį pagrindo žemėlapį</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="44"/>
        <source>&amp;Update reference layers</source>
        <translation>&amp;Atnaujinti atskaitos sluoksnius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="46"/>
        <source>Rewrite the store&apos;s borders, crossing points, zones and sectors from the data this version ships</source>
        <translation>Perrašyti saugyklos sienas, pasienio kontrolės punktus, zonas ir sektorius šios versijos duomenimis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="82"/>
        <source>Add an online base map</source>
        <translation>Pridėti internetinį pagrindo žemėlapį</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="87"/>
        <source>Added the base map %1: choose it in the map&apos;s layer control.</source>
        <translation>Pridėtas pagrindo žemėlapis %1: pasirinkite jį žemėlapio sluoksnių valdiklyje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="100"/>
        <source>Removed the base map %1.</source>
        <translation>Pašalintas pagrindo žemėlapis %1.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="124"/>
        <source>Update reference layers</source>
        <translation>Atnaujinti atskaitos sluoksnius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="126"/>
        <source>Open a store first: the reference layers are kept in the store.</source>
        <translation>Pirmiausia atidarykite saugyklą: atskaitos sluoksniai laikomi saugykloje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="132"/>
        <source>The reference layers of %1 were not updated: %2</source>
        <translation>%1 atskaitos sluoksniai neatnaujinti: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/map_layers.py" line="136"/>
        <source>The reference layers of %1 were updated.</source>
        <translation>%1 atskaitos sluoksniai atnaujinti.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="11"/>
        <source>© OpenStreetMap contributors (ODbL)</source>
        <translation>© OpenStreetMap bendraautoriai (ODbL)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="16"/>
        <source>open</source>
        <translation>atidarytas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="17"/>
        <source>closed</source>
        <translation>uždarytas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="18"/>
        <source>uncertain</source>
        <translation>neaišku</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="22"/>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="23"/>
        <source>Borders with Belarus</source>
        <translation>Sienos su Baltarusija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="24"/>
        <source>Emergency zones (2021)</source>
        <translation>Ekstremaliosios situacijos zonos (2021)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="25"/>
        <source>Sectors (approximate)</source>
        <translation>Sektoriai (apytiksliai)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="26"/>
        <source>Crossing points</source>
        <translation>Pasienio kontrolės punktai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="27"/>
        <source>Incidents</source>
        <translation>Incidentai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="28"/>
        <source>Heat map</source>
        <translation>Tankio žemėlapis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="31"/>
        <source>No base map</source>
        <translation>Be pagrindo žemėlapio</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="32"/>
        <source>Map layers</source>
        <translation>Žemėlapio sluoksniai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="33"/>
        <source>{n} incidents, {p} persons (click to zoom in)</source>
        <translation>Incidentų: {n}, asmenų: {p} (spustelėkite, kad priartintumėte)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="34"/>
        <source>Zoom in</source>
        <translation>Priartinti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="35"/>
        <source>Zoom out</source>
        <translation>Atitolinti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="37"/>
        <source>Border {border}: {km} km (official length)</source>
        <translation>Siena {border}: {km} km (oficialus ilgis)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>To</source>
        <translation>Iki</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="38"/>
        <source>open-ended</source>
        <translation>neterminuota</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="39"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="43"/>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="72"/>
        <source>Sector</source>
        <translation>Sektorius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="42"/>
        <source>Border</source>
        <translation>Siena</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="40"/>
        <source>Length</source>
        <translation>Ilgis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="42"/>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="42"/>
        <source>Status in 2021</source>
        <translation>Būsena 2021 m.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="43"/>
        <source>Status now</source>
        <translation>Būsena dabar</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="43"/>
        <source>closed {date}</source>
        <translation>uždarytas {date}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="44"/>
        <source>reopened {date}</source>
        <translation>vėl atidarytas {date}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="44"/>
        <source>road</source>
        <translation>kelių</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="44"/>
        <source>rail</source>
        <translation>geležinkelio</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="48"/>
        <source>Incident types</source>
        <translation>Incidentų tipai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="49"/>
        <source>Incidents per cell</source>
        <translation>Incidentai langelyje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="50"/>
        <source>few</source>
        <translation>mažai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="51"/>
        <source>many</source>
        <translation>daug</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="52"/>
        <source>{n} incidents in {cells} cells of {cell}°; zoom in for single incidents</source>
        <translation>Incidentų: {n}, langelių po {cell}°: {cells}; priartinkite, kad matytumėte atskirus incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="53"/>
        <source>{n} incidents in and around the view</source>
        <translation>Incidentų rodinyje ir aplink jį: {n}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="54"/>
        <source>Only {n} incidents are shown: zoom in to see all</source>
        <translation>Rodoma tik incidentų: {n}; priartinkite, kad matytumėte visus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="55"/>
        <source>Show the legend</source>
        <translation>Rodyti legendą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="56"/>
        <source>Hide the legend</source>
        <translation>Slėpti legendą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="57"/>
        <source>Outside the reference geography</source>
        <translation>Už atskaitos geografijos ribų</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="59"/>
        <source>Move this incident</source>
        <translation>Perkelti šį incidentą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="60"/>
        <source>Drag to the new place and let go; Esc cancels</source>
        <translation>Nuvilkite į naują vietą ir atleiskite; Esc atšaukia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="61"/>
        <source>Draw a box to filter by area (or shift+drag on the map)</source>
        <translation>Nubrėžkite stačiakampį, kad filtruotumėte pagal plotą (arba Shift+vilkite žemėlapyje)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="62"/>
        <source>Clear the area filter</source>
        <translation>Išvalyti ploto filtrą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="68"/>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="69"/>
        <source>When (UTC)</source>
        <translation>Kada (UTC)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="70"/>
        <source>Reported by</source>
        <translation>Pranešė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="71"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="73"/>
        <source>Distance to border</source>
        <translation>Atstumas iki sienos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="74"/>
        <source>Nationalities</source>
        <translation>Pilietybės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="75"/>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/map_texts.py" line="76"/>
        <source>Side</source>
        <translation>Pusė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="27"/>
        <location filename="../../border_monitor/ui/map/impact.py" line="32"/>
        <source>normal</source>
        <translation>įprastas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="28"/>
        <location filename="../../border_monitor/ui/map/impact.py" line="33"/>
        <source>elevated</source>
        <translation>padidėjęs</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/briefing/alerts_panel.py" line="29"/>
        <location filename="../../border_monitor/ui/map/impact.py" line="34"/>
        <source>high</source>
        <translation>aukštas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="30"/>
        <source>Impact level of the sectors</source>
        <translation>Sektorių poveikio lygis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="31"/>
        <source>Impact level (early warning)</source>
        <translation>Poveikio lygis (ankstyvasis įspėjimas)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="35"/>
        <source>at {at}</source>
        <translation>{at} būklė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/impact.py" line="42"/>
        <source>24 h: %1 (%2 expected), 7 days: %3 (%4 expected)</source>
        <translation>24 val.: %1 (tikėtasi %2), 7 dienos: %3 (tikėtasi %4)</translation>
    </message>
</context>
<context>
    <name>MapTools</name>
    <message>
        <location filename="../../border_monitor/ui/map/tool_layers.py" line="22"/>
        <source>MGRS grid</source>
        <translation>MGRS tinklelis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tool_layers.py" line="23"/>
        <source>National grid</source>
        <translation>Nacionalinis tinklelis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="78"/>
        <source>Click points to measure a distance; double-click ends, Esc stops measuring.</source>
        <translation>Spustelėkite taškus atstumui matuoti; dukart spustelėjus baigiama, Esc nutraukia matavimą.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="79"/>
        <source>Click the corners of an area; double-click ends, Esc stops measuring.</source>
        <translation>Spustelėkite ploto kampus; dukart spustelėjus baigiama, Esc nutraukia matavimą.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="80"/>
        <source>Click the centre of the range rings (%1); Esc stops.</source>
        <translation>Spustelėkite atstumo žiedų centrą (%1); Esc nutraukia.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="161"/>
        <source>Range rings %1 around %2</source>
        <translation>Atstumo žiedai %1 aplink %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="165"/>
        <source>Click the next point.</source>
        <translation>Spustelėkite kitą tašką.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="171"/>
        <source>Area %1, perimeter %2</source>
        <translation>Plotas %1, perimetras %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="177"/>
        <source>Click the next corner.</source>
        <translation>Spustelėkite kitą kampą.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="179"/>
        <source>Distance %1</source>
        <translation>Atstumas %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="180"/>
        <source>Distance %1 (%2 segments)</source>
        <translation>Atstumas %1 (atkarpų: %2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="207"/>
        <source>National grid: the view is outside LT, LV and PL</source>
        <translation>Nacionalinis tinklelis: rodinys už LT, LV ir PL ribų</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="209"/>
        <source>MGRS grid zones (zoom in for the 100 km squares)</source>
        <translation>MGRS tinklelio zonos (priartinkite, kad matytumėte 100 km kvadratus)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="212"/>
        <source>MGRS, %1 squares</source>
        <translation>MGRS, %1 kvadratai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/tools.py" line="214"/>
        <source>%1 (EPSG:%2), lines every %3, values in km</source>
        <translation>%1 (EPSG:%2), linijos kas %3, reikšmės km</translation>
    </message>
</context>
<context>
    <name>MeasureActions</name>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="51"/>
        <source>Measure &amp;distance</source>
        <translation>Matuoti &amp;atstumą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="52"/>
        <source>Click points on the map to measure a distance (geodesic)</source>
        <translation>Spustelėkite taškus žemėlapyje atstumui matuoti (geodeziškai)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="53"/>
        <source>Measure &amp;area</source>
        <translation>Matuoti &amp;plotą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="54"/>
        <source>Click the corners of an area on the map (geodesic area)</source>
        <translation>Spustelėkite ploto kampus žemėlapyje (geodezinis plotas)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="55"/>
        <source>&amp;Range rings</source>
        <translation>&amp;Atstumo žiedai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="56"/>
        <source>Click a point on the map to draw range rings around it</source>
        <translation>Spustelėkite tašką žemėlapyje, kad aplink jį būtų nubrėžti atstumo žiedai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="62"/>
        <source>&amp;Stop measuring</source>
        <translation>&amp;Baigti matavimą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="62"/>
        <source>End the measure tool</source>
        <translation>Baigti matavimo įrankį</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="66"/>
        <source>Range ring r&amp;adii...</source>
        <translation>Atstumo žiedų &amp;spinduliai...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="67"/>
        <source>The distances of the range rings, in km</source>
        <translation>Atstumo žiedų atstumai, km</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="69"/>
        <source>Measure distance from here</source>
        <translation>Matuoti atstumą nuo čia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="70"/>
        <source>Start measuring a distance at this point</source>
        <translation>Pradėti matuoti atstumą nuo šio taško</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="72"/>
        <source>Range rings here</source>
        <translation>Atstumo žiedai čia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="73"/>
        <source>Draw range rings around this point</source>
        <translation>Nubrėžti atstumo žiedus aplink šį tašką</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="83"/>
        <source>&amp;Tools</source>
        <translation>&amp;Įrankiai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="96"/>
        <source>Measure</source>
        <translation>Matavimas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="146"/>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="154"/>
        <source>Range ring radii</source>
        <translation>Atstumo žiedų spinduliai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/measure_actions.py" line="147"/>
        <source>Radii of the range rings in km, e.g. 1, 5, 10:</source>
        <translation>Atstumo žiedų spinduliai km, pvz., 1, 5, 10:</translation>
    </message>
</context>
<context>
    <name>NationalityEdit</name>
    <message>
        <location filename="../../border_monitor/ui/editing/nationality_edit.py" line="34"/>
        <source>e.g. IRQ:5, SYR:2 (code or country name, count after a colon)</source>
        <translation>pvz., IRQ:5, SYR:2 (kodas arba šalies pavadinimas, skaičius po dvitaškio)</translation>
    </message>
</context>
<context>
    <name>NearestCrossingSection</name>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="65"/>
        <source>Nearest crossing point</source>
        <translation>Artimiausias pasienio kontrolės punktas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="68"/>
        <source>Nearer, not open that day:</source>
        <translation>Arčiau, bet tą dieną neveikė:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="74"/>
        <source>open</source>
        <translation>veikia</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="74"/>
        <source>closed</source>
        <translation>uždarytas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="74"/>
        <source>uncertain</source>
        <translation>neaišku</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="75"/>
        <source>unknown</source>
        <translation>nežinoma</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="79"/>
        <source>road</source>
        <translation>kelių</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="79"/>
        <source>rail</source>
        <translation>geležinkelio</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="81"/>
        <source>%1 on the incident&apos;s day, %2 now</source>
        <translation>incidento dieną %1, dabar %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="83"/>
        <source>%1 along the border</source>
        <translation>%1 palei sieną</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="86"/>
        <source>%1 in a straight line</source>
        <translation>%1 tiesiai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="87"/>
        <source>%1 from the border line</source>
        <translation>%1 nuo sienos linijos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/crossing_section.py" line="88"/>
        <source>the incident is %1</source>
        <translation>incidentas yra %1</translation>
    </message>
</context>
<context>
    <name>NewStoreActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="60"/>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="77"/>
        <source>New store</source>
        <translation>Nauja saugykla</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="61"/>
        <source>Border Monitor stores (*.gpkg)</source>
        <translation>Border Monitor saugyklos (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="86"/>
        <source>Made the new store %1</source>
        <translation>Sukurta nauja saugykla %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="89"/>
        <source>Making the store %1...</source>
        <translation>Kuriama saugykla %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="97"/>
        <source>There is no store at %1.

To start a new, empty store, use File &gt; New store... or make it here now.</source>
        <translation>%1 saugyklos nėra.

Norėdami pradėti naują tuščią saugyklą, naudokite Failas &gt; Nauja saugykla... arba sukurkite ją čia dabar.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="99"/>
        <source>Open store</source>
        <translation>Atidaryti saugyklą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/new_store.py" line="102"/>
        <source>&amp;Make a new store here</source>
        <translation>&amp;Sukurti naują saugyklą čia</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="23"/>
        <source>Make a base map available offline</source>
        <translation>Padaryti pagrindo žemėlapį prieinamą be tinklo</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="32"/>
        <source>The map&apos;s current &amp;view</source>
        <translation>Dabartinis žemėlapio &amp;rodinys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="33"/>
        <source>The border &amp;strip (±50 km of the Belarus border)</source>
        <translation>Pasienio &amp;juosta (±50 km nuo sienos su Baltarusija)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="49"/>
        <source>The largest job allowed, in tiles; tile servers ask users not to download large areas.</source>
        <translation>Didžiausias leidžiamas darbas plytelėmis; plytelių serveriai prašo nesisiųsti didelių plotų.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="55"/>
        <source> per second</source>
        <translation> per sekundę</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="57"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Naršyti...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="64"/>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="69"/>
        <source>&amp;Online base map:</source>
        <translation>&amp;Internetinis pagrindo žemėlapis:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="70"/>
        <source>Area:</source>
        <translation>Plotas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="72"/>
        <source>&amp;Zoom levels:</source>
        <translation>&amp;Mastelio lygiai:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="75"/>
        <source>&amp;Limit (tiles):</source>
        <translation>&amp;Riba (plytelės):</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="76"/>
        <source>&amp;Requests at most:</source>
        <translation>&amp;Užklausų daugiausia:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="77"/>
        <source>&amp;File:</source>
        <translation>&amp;Failas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="83"/>
        <source>Tiles already in the file are not fetched again: a job that was cut off goes on where it stopped. The server&apos;s attribution is kept in the file.</source>
        <translation>Faile jau esančios plytelės nesiunčiamos dar kartą: nutrauktas darbas tęsiamas nuo ten, kur sustojo. Serverio autorystės žyma išsaugoma faile.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="88"/>
        <source>&amp;Download</source>
        <translation>&amp;Atsisiųsti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="124"/>
        <source>Give a file name ending in .mbtiles.</source>
        <translation>Nurodykite failo pavadinimą, besibaigiantį .mbtiles.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="132"/>
        <source>%1 tiles, about %2 MB; about %3 min at this rate.</source>
        <translation>Plytelių: %1, apie %2 MB; apie %3 min tokiu greičiu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="136"/>
        <source>%1 of them are in the file already.</source>
        <translation>Iš jų %1 jau yra faile.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/offline_dialog.py" line="143"/>
        <source>Offline base map file</source>
        <translation>Pagrindo žemėlapio failas naudojimui be tinklo</translation>
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
        <translation>Padaryti pagrindo žemėlapį prieinamą &amp;be tinklo...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="37"/>
        <source>Download an online base map&apos;s tiles of an area into a file for use without a network</source>
        <translation>Atsisiųsti internetinio pagrindo žemėlapio ploto plyteles į failą naudojimui be tinklo</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="49"/>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="65"/>
        <source>Make a base map available offline</source>
        <translation>Padaryti pagrindo žemėlapį prieinamą be tinklo</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="50"/>
        <source>Add an online base map first (File &gt; Add online base map...).</source>
        <translation>Pirmiausia pridėkite internetinį pagrindo žemėlapį (Failas &gt; Pridėti internetinį pagrindo žemėlapį...).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="66"/>
        <source>Downloading the tiles of %1 into %2...</source>
        <translation>Siunčiamos %1 plytelės į %2...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="71"/>
        <source>%1: %2 tiles fetched, %3 were there already.</source>
        <translation>%1: atsiųsta plytelių: %2, jau buvo: %3.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/offline_maps.py" line="81"/>
        <source>Download cancelled; the tiles fetched are kept in %1: start the same job again to go on.</source>
        <translation>Siuntimas atšauktas; atsiųstos plytelės liko %1: paleiskite tą patį darbą dar kartą, kad tęstumėte.</translation>
    </message>
</context>
<context>
    <name>OnlineLayer</name>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="55"/>
        <source>Give the base map a name.</source>
        <translation>Suteikite pagrindo žemėlapiui pavadinimą.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="57"/>
        <source>There is already a base map named “%1”.</source>
        <translation>Pagrindo žemėlapis „%1“ jau yra.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="64"/>
        <source>Give the attribution the tile provider asks for (for example “© OpenStreetMap contributors”): the map shows it while the layer is chosen.</source>
        <translation>Nurodykite autorystės žymą, kurios prašo plytelių teikėjas (pvz., „© OpenStreetMap contributors“): žemėlapis ją rodo, kol sluoksnis pasirinktas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="68"/>
        <source>The maximum zoom %1 is not a whole number from 1 to %2.</source>
        <translation>Didžiausias mastelis %1 nėra sveikasis skaičius nuo 1 iki %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="91"/>
        <source>Give the address of the tiles, such as https://tile.example.org/{z}/{x}/{y}.png.</source>
        <translation>Nurodykite plytelių adresą, pvz., https://tile.example.org/{z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="94"/>
        <source>The address “%1” contains a space.</source>
        <translation>Adrese „%1“ yra tarpas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="98"/>
        <source>The address “%1” does not start with http:// or https://.</source>
        <translation>Adresas „%1“ neprasideda http:// arba https://.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="101"/>
        <source>The address “%1” names no server.</source>
        <translation>Adrese „%1“ nenurodytas serveris.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="105"/>
        <source>The address “%1” lacks %2: a tile address needs {z}, {x} and {y}.</source>
        <translation>Adrese „%1“ trūksta %2: plytelių adresui reikia {z}, {x} ir {y}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="110"/>
        <source>The address “%1” has %2: only {s}, {z}, {x}, {y}, {-y} and {r} are filled in.</source>
        <translation>Adrese „%1“ yra %2: užpildomi tik {s}, {z}, {x}, {y}, {-y} ir {r}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="120"/>
        <source>The WMTS tile address “%1” is not an http:// or https:// address of a server.</source>
        <translation>WMTS plytelių adresas „%1“ nėra serverio http:// ar https:// adresas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layers.py" line="126"/>
        <source>The WMTS tile address “%1” is not one a tile can be fetched from; read the service&apos;s capabilities again.</source>
        <translation>Iš WMTS plytelių adreso „%1“ plytelės gauti negalima; iš naujo perskaitykite paslaugos galimybes.</translation>
    </message>
</context>
<context>
    <name>OnlineLayerDialog</name>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="39"/>
        <source>Add an online base map</source>
        <translation>Pridėti internetinį pagrindo žemėlapį</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="47"/>
        <source>&amp;XYZ tiles</source>
        <translation>&amp;XYZ plytelės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="48"/>
        <source>&amp;WMTS service</source>
        <translation>&amp;WMTS paslauga</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="59"/>
        <source>e.g. OpenStreetMap</source>
        <translation>pvz., OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="64"/>
        <source>e.g. © OpenStreetMap contributors</source>
        <translation>pvz., © OpenStreetMap contributors</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="67"/>
        <source>as the map (%1)</source>
        <translation>kaip žemėlapio (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="68"/>
        <source>The deepest zoom the server has tiles for; the map enlarges those tiles beyond it.</source>
        <translation>Didžiausias mastelis, kuriam serveris turi plytelių; toliau žemėlapis tas plyteles padidina.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="74"/>
        <source>&amp;Read</source>
        <translation>&amp;Skaityti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="75"/>
        <source>Fetch the service&apos;s capabilities: its layers, styles, formats and tile matrix sets</source>
        <translation>Gauti paslaugos galimybes: jos sluoksnius, stilius, formatus ir plytelių matricų rinkinius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="96"/>
        <source>Kind:</source>
        <translation>Rūšis:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="98"/>
        <source>Tile &amp;address:</source>
        <translation>Plytelių &amp;adresas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="99"/>
        <source>&amp;Capabilities:</source>
        <translation>&amp;Galimybės:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="100"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Sluoksnis:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="101"/>
        <source>&amp;Style:</source>
        <translation>S&amp;tilius:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="102"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formatas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="103"/>
        <source>T&amp;ile matrix set:</source>
        <translation>Plytelių &amp;matricų rinkinys:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="104"/>
        <source>Re&amp;quests:</source>
        <translation>&amp;Užklausos:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="106"/>
        <source>A&amp;ttribution:</source>
        <translation>A&amp;utorystė:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="107"/>
        <source>&amp;Maximum zoom:</source>
        <translation>Didžiausias &amp;mastelis:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="142"/>
        <source>The map draws WMTS layers in web Mercator (EPSG:3857, the GoogleMapsCompatible scales). Press Read to fetch the capabilities; the map fetches tiles only while you have chosen this base map in the map&apos;s layer control.</source>
        <translation>Žemėlapis WMTS sluoksnius piešia žiniatinklio Merkatoriaus projekcija (EPSG:3857, GoogleMapsCompatible masteliai). Spauskite „Skaityti“, kad gautumėte galimybes; žemėlapis plyteles gauna tik tada, kai šis pagrindo žemėlapis pasirinktas žemėlapio sluoksnių valdiklyje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="146"/>
        <source>The address needs {z}, {x} and {y} (and may use {s}). The map fetches tiles from it only while you have chosen this base map in the map&apos;s layer control.</source>
        <translation>Adresui reikia {z}, {x} ir {y} (galima naudoti ir {s}). Žemėlapis plyteles iš jo siunčiasi tik tol, kol žemėlapio sluoksnių valdiklyje pasirinktas šis pagrindo žemėlapis.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="156"/>
        <source>Give the address of the service&apos;s capabilities (GetCapabilities).</source>
        <translation>Nurodykite paslaugos galimybių adresą (GetCapabilities).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="160"/>
        <source>Reading the capabilities...</source>
        <translation>Skaitomos galimybės...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="176"/>
        <source>(not in web Mercator)</source>
        <translation>(ne žiniatinklio Merkatoriaus projekcija)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="192"/>
        <source>The capabilities cannot be read: %1</source>
        <translation>Galimybių perskaityti nepavyko: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="202"/>
        <source>(none)</source>
        <translation>(nėra)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="215"/>
        <source>%1 (zooms %2-%3)</source>
        <translation>%1 (masteliai %2–%3)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="220"/>
        <source>%1: not web Mercator</source>
        <translation>%1: ne žiniatinklio Merkatorius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="235"/>
        <source>RESTful (tile address template)</source>
        <translation>RESTful (plytelių adreso šablonas)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="237"/>
        <source>KVP (GetTile requests)</source>
        <translation>KVP (GetTile užklausos)</translation>
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
        <translation>Žemėlapis šį sluoksnį gauna %1–%2 masteliais (%3 užklausos).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/map/online_layer_dialog.py" line="280"/>
        <source>Read the service&apos;s capabilities and choose a layer the map can draw.</source>
        <translation>Perskaitykite paslaugos galimybes ir pasirinkite sluoksnį, kurį žemėlapis gali nupiešti.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="24"/>
        <source>create incidents</source>
        <translation>kurti įvykius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="25"/>
        <source>edit incidents</source>
        <translation>taisyti įvykius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="26"/>
        <source>verify incidents</source>
        <translation>patikrinti įvykius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="27"/>
        <source>close incidents</source>
        <translation>užbaigti įvykius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="28"/>
        <source>delete incidents</source>
        <translation>trinti įvykius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="29"/>
        <source>restore deleted incidents</source>
        <translation>atkurti ištrintus įvykius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="30"/>
        <source>resolve conflicts</source>
        <translation>spręsti konfliktus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="68"/>
        <source>No store is open.</source>
        <translation>Neatverta jokia saugykla.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="72"/>
        <source>You are connected as %1: a viewer reads the shared picture and changes nothing.</source>
        <translation>Esate prisijungę kaip %1: stebėtojas mato bendrą vaizdą ir nieko nekeičia.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="76"/>
        <source>The store is open read-only.</source>
        <translation>Saugykla atverta tik skaitymui.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="78"/>
        <source>Your user has no Border Monitor role on this store; ask its supervisor for one.</source>
        <translation>Jūsų naudotojas šioje saugykloje neturi Border Monitor vaidmens; paprašykite jos vadovo jį suteikti.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="84"/>
        <source>You are connected as %1: you may change incidents of %2 only, and this is of %3.</source>
        <translation>Esate prisijungę kaip %1: galite keisti tik %2 įvykius, o šis yra %3.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/permissions.py" line="89"/>
        <source>Only a supervisor of %1 may %2; you are connected as %3.</source>
        <translation>Tik %1 vadovas gali %2; esate prisijungę kaip %3.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../border_monitor/ui/workers.py" line="111"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/workers.py" line="154"/>
        <source>Cancelling...</source>
        <translation>Atšaukiama...</translation>
    </message>
</context>
<context>
    <name>RecentStores</name>
    <message>
        <location filename="../../border_monitor/ui/actions/recent_stores.py" line="48"/>
        <source>Recent &amp;stores</source>
        <translation>Paskutinės &amp;saugyklos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/recent_stores.py" line="75"/>
        <source>(none yet)</source>
        <translation>(kol kas nėra)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/recent_stores.py" line="78"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Išvalyti sąrašą</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="70"/>
        <source>Incident types</source>
        <translation>Incidentų tipai</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="137"/>
        <source>&amp;Report...</source>
        <translation>&amp;Ataskaita...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="140"/>
        <source>Export map &amp;image...</source>
        <translation>Eksportuoti žemėlapio &amp;vaizdą...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="143"/>
        <source>Export interactive &amp;HTML map...</source>
        <translation>Eksportuoti interaktyvų &amp;HTML žemėlapį...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="163"/>
        <source>Write a situation report of the filter</source>
        <translation>Parengti filtro padėties ataskaitą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="165"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF ataskaita (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="165"/>
        <source>HTML report (*.html)</source>
        <translation>HTML ataskaita (*.html)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="183"/>
        <source>Situation report</source>
        <translation>Padėties ataskaita</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="187"/>
        <source>The filter holds no incidents: there is nothing to report.</source>
        <translation>Filtre nėra incidentų: nėra apie ką pranešti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="204"/>
        <source>Wrote the report of %Ln incident(s) to %1</source>
        <translation>
            <numerusform>%Ln incidento ataskaita įrašyta į %1</numerusform>
            <numerusform>%Ln incidentų ataskaita įrašyta į %1</numerusform>
            <numerusform>%Ln incidentų ataskaita įrašyta į %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="212"/>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="257"/>
        <source>Writing %1...</source>
        <translation>Rašoma %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="219"/>
        <source>Export the filter as an interactive HTML map</source>
        <translation>Eksportuoti filtrą kaip interaktyvų HTML žemėlapį</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="221"/>
        <source>HTML map (*.html)</source>
        <translation>HTML žemėlapis (*.html)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="241"/>
        <source>Export interactive HTML map</source>
        <translation>Eksportuoti interaktyvų HTML žemėlapį</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="249"/>
        <source>Exported the map of %Ln incident(s) to %1</source>
        <translation>
            <numerusform>%Ln incidento žemėlapis eksportuotas į %1</numerusform>
            <numerusform>%Ln incidentų žemėlapis eksportuotas į %1</numerusform>
            <numerusform>%Ln incidentų žemėlapis eksportuotas į %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="274"/>
        <source>Export map image</source>
        <translation>Eksportuoti žemėlapio vaizdą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="288"/>
        <source>Saved the map image %1</source>
        <translation>Žemėlapio vaizdas išsaugotas: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="49"/>
        <source>Restore deleted incidents</source>
        <translation>Atkurti ištrintus incidentus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Time (local)</source>
        <translation>Laikas (vietos)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="55"/>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="56"/>
        <source>Deleted by</source>
        <translation>Ištrynė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="56"/>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="59"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Atkurti pasirinktus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="90"/>
        <source>%Ln deleted incident(s).</source>
        <translation>
            <numerusform>%Ln ištrintas incidentas.</numerusform>
            <numerusform>%Ln ištrinti incidentai.</numerusform>
            <numerusform>%Ln ištrintų incidentų.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="91"/>
        <source>No deleted incidents.</source>
        <translation>Ištrintų incidentų nėra.</translation>
    </message>
</context>
<context>
    <name>SavedFiltersBox</name>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="42"/>
        <source>Saved filters</source>
        <translation>Išsaugoti filtrai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="49"/>
        <source>Filters saved in the store, shared by every workstation that opens it</source>
        <translation>Saugykloje išsaugoti filtrai, bendri visoms ją atidarančioms darbo vietoms</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="50"/>
        <source>(none chosen)</source>
        <translation>(nepasirinkta)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="51"/>
        <source>Save as...</source>
        <translation>Išsaugoti kaip...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="53"/>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="98"/>
        <source>Saved by a newer Border Monitor; it cannot be used here.</source>
        <translation>Išsaugota naujesne Border Monitor versija; čia jo naudoti negalima.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="164"/>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="170"/>
        <source>Save filter</source>
        <translation>Išsaugoti filtrą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="164"/>
        <source>Name of the filter:</source>
        <translation>Filtro pavadinimas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="171"/>
        <source>A filter named “%1” is saved already. Replace it for every workstation?</source>
        <translation>Filtras „%1“ jau išsaugotas. Pakeisti jį visoms darbo vietoms?</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="181"/>
        <source>Delete saved filter</source>
        <translation>Ištrinti išsaugotą filtrą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/saved_filters_box.py" line="182"/>
        <source>Delete the saved filter “%1” for every workstation?</source>
        <translation>Ištrinti išsaugotą filtrą „%1“ visoms darbo vietoms?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="19"/>
        <source>Settings</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="23"/>
        <source>e.g. j.kowalska</source>
        <translation>pvz., j.kowalska</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="27"/>
        <source>e.g. SG Podlaski</source>
        <translation>pvz., Vilniaus pasienio rinktinė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="32"/>
        <source>Written into the history of every change you make, as &quot;name (unit)&quot;.</source>
        <translation>Įrašoma į kiekvieno jūsų pakeitimo istoriją kaip „vardas (padalinys)“.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="35"/>
        <source>&amp;User name:</source>
        <translation>&amp;Naudotojo vardas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="36"/>
        <source>U&amp;nit:</source>
        <translation>&amp;Padalinys:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/settings_dialog.py" line="57"/>
        <source>Give a user name: it is written into the history of your changes.</source>
        <translation>Nurodykite naudotojo vardą: jis įrašomas į jūsų pakeitimų istoriją.</translation>
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
        <translation>Saugyklos problemos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/store_banner.py" line="41"/>
        <source>%1 row(s) of this store hold values another program made invalid and are kept out of the map, table and counts until fixed. For the list, run: border-monitor check --store %2</source>
        <translation>Šios saugyklos eilučių, kuriose kita programa įrašė netinkamas reikšmes: %1; kol jos nepataisytos, jos nerodomos žemėlapyje, lentelėje ir skaičiavimuose. Sąrašui paleiskite: border-monitor check --store %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/store_banner.py" line="46"/>
        <source>Connection to %1 lost; showing the picture as of %2, read-only; reconnecting...</source>
        <translation>Ryšys su %1 nutrūko; rodoma %2 būklė, tik skaityti; jungiamasi iš naujo...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/store_banner.py" line="50"/>
        <source>The audit log of this store lost its protection (%1): changes are refused, reading works. Run: border-monitor audit verify --store %2</source>
        <translation>Šios saugyklos audito žurnalas prarado apsaugą (%1): pakeitimai atmetami, skaityti galima. Paleiskite: border-monitor audit verify --store %2</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="39"/>
        <source>S&amp;ync now...</source>
        <translation>S&amp;inchronizuoti dabar...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="52"/>
        <source>Conflicts</source>
        <translation>Konfliktai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="86"/>
        <source>Syncing with %1...</source>
        <translation>Sinchronizuojama su %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="88"/>
        <source>Applying %1...</source>
        <translation>Taikoma %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="92"/>
        <source>Writing %1...</source>
        <translation>Rašoma %1...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="111"/>
        <source>The sync was stopped; what arrived is kept, and the next sync goes on from there.</source>
        <translation>Sinchronizacija sustabdyta; tai, kas atkeliavo, išsaugota, o kita sinchronizacija tęs nuo čia.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/actions.py" line="116"/>
        <source>Sync now</source>
        <translation>Sinchronizuoti dabar</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="19"/>
        <source>Sync now</source>
        <translation>Sinchronizuoti dabar</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="22"/>
        <source>Sync both ways with another store</source>
        <translation>Sinchronizuoti abiem kryptimis su kita saugykla</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="23"/>
        <source>Apply a sync package (.bmsync)</source>
        <translation>Pritaikyti sinchronizacijos paketą (.bmsync)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="24"/>
        <source>Write a sync package for another store</source>
        <translation>Parengti sinchronizacijos paketą kitai saugyklai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="35"/>
        <source>Browse...</source>
        <translation>Naršyti...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="44"/>
        <source>the other store&apos;s file name, e.g. central.gpkg</source>
        <translation>kitos saugyklos failo pavadinimas, pvz., central.gpkg</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="47"/>
        <source>For the store:</source>
        <translation>Saugyklai:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="52"/>
        <source>empty: not encrypted</source>
        <translation>tuščia: nešifruojama</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="53"/>
        <source>Passphrase:</source>
        <translation>Slaptafrazė:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="56"/>
        <source>Edits of different fields merge; the same field changed on both sides, or a delete on one side and an edit on the other, are listed in the Conflicts panel.</source>
        <translation>Skirtingų laukų pakeitimai sujungiami; tas pats laukas, pakeistas abiejose pusėse, arba ištrynimas vienoje ir pakeitimas kitoje pusėje, pateikiami Konfliktų skydelyje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="63"/>
        <source>Sync</source>
        <translation>Sinchronizuoti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="93"/>
        <source>Other store:</source>
        <translation>Kita saugykla:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="93"/>
        <source>Package:</source>
        <translation>Paketas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="94"/>
        <source>Write to:</source>
        <translation>Rašyti į:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="104"/>
        <source>Store to sync with</source>
        <translation>Saugykla, su kuria sinchronizuoti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="105"/>
        <source>GeoPackage stores (*.gpkg)</source>
        <translation>GeoPackage saugyklos (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="107"/>
        <source>Sync package</source>
        <translation>Sinchronizacijos paketas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="108"/>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="111"/>
        <source>Sync packages (*.bmsync)</source>
        <translation>Sinchronizacijos paketai (*.bmsync)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/conflicts/sync_dialog.py" line="110"/>
        <source>Write the sync package</source>
        <translation>Įrašyti sinchronizacijos paketą</translation>
    </message>
</context>
<context>
    <name>SyntheticBanner</name>
    <message>
        <location filename="../../border_monitor/ui/synthetic_banner.py" line="21"/>
        <source>Synthetic data</source>
        <translation>Sintetiniai duomenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/synthetic_banner.py" line="36"/>
        <source>Synthetic demonstration data, not real incidents</source>
        <translation>Sintetiniai demonstraciniai duomenys, ne tikri incidentai</translation>
    </message>
</context>
<context>
    <name>TakActions</name>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="36"/>
        <source>&amp;TAK connection...</source>
        <translation>&amp;TAK ryšys...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="96"/>
        <source>connected</source>
        <translation>prisijungta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="96"/>
        <source>connecting</source>
        <translation>jungiamasi</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="97"/>
        <source>reconnecting</source>
        <translation>jungiamasi iš naujo</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="97"/>
        <source>failed</source>
        <translation>nepavyko</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="98"/>
        <source>off</source>
        <translation>išjungta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/actions.py" line="100"/>
        <source>TAK %1: %2, %3 sent, %4 received</source>
        <translation>TAK %1: %2, išsiųsta %3, gauta %4</translation>
    </message>
</context>
<context>
    <name>TakDialog</name>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="20"/>
        <source>TAK connection</source>
        <translation>TAK ryšys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="27"/>
        <source>Client certificate (*.p12 *.pfx *.pem)</source>
        <translation>Kliento sertifikatas (*.p12 *.pfx *.pem)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="28"/>
        <source>Private key (*.pem *.key)</source>
        <translation>Privatusis raktas (*.pem *.key)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="29"/>
        <source>CA certificate (*.pem *.crt)</source>
        <translation>CA sertifikatas (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="32"/>
        <source>The password of the .p12 file or of the key; it is not saved.</source>
        <translation>.p12 failo arba rakto slaptažodis; jis neišsaugomas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="35"/>
        <source>pending</source>
        <translation>laukiama</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="35"/>
        <source>unknown</source>
        <translation>nežinoma</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="36"/>
        <source>assumed friend</source>
        <translation>tariamai draugiškas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="36"/>
        <source>friend</source>
        <translation>draugiškas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="37"/>
        <source>neutral</source>
        <translation>neutralus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="37"/>
        <source>suspect</source>
        <translation>įtartinas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="38"/>
        <source>hostile</source>
        <translation>priešiškas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="48"/>
        <source> hours</source>
        <translation> val.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="49"/>
        <source>&amp;Send the incidents of the current filter, then every change</source>
        <translation>&amp;Siųsti dabartinio filtro incidentus, paskui kiekvieną pakeitimą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="51"/>
        <source>&amp;Receive markers as incidents (status “reported”)</source>
        <translation>&amp;Gauti žymeklius kaip incidentus (būsena „pranešta“)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="55"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveris:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="56"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Sertifikatas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="57"/>
        <source>&amp;Key:</source>
        <translation>&amp;Raktas:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="57"/>
        <source>C&amp;A:</source>
        <translation>C&amp;A:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="61"/>
        <source>&amp;Password:</source>
        <translation>&amp;Slaptažodis:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="62"/>
        <source>&amp;Affiliation of tracks:</source>
        <translation>&amp;Trasų priklausomybė:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="63"/>
        <source>S&amp;tale after:</source>
        <translation>&amp;Pasensta po:</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="74"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Prisijungti iš naujo</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="74"/>
        <source>&amp;Connect</source>
        <translation>&amp;Prisijungti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="75"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Atsijungti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/tak/dialog.py" line="87"/>
        <source>Browse...</source>
        <translation>Naršyti...</translation>
    </message>
</context>
<context>
    <name>TimeZoneActions</name>
    <message>
        <location filename="../../border_monitor/ui/actions/time_zone.py" line="25"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Laiko juosta</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="74"/>
        <source>By country</source>
        <translation>Pagal šalį</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="75"/>
        <source>By type</source>
        <translation>Pagal tipą</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="77"/>
        <source>Incidents</source>
        <translation>Incidentai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="78"/>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="81"/>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="374"/>
        <source>Play</source>
        <translation>Leisti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="82"/>
        <source>Move the time window through the days</source>
        <translation>Slinkti laiko langą per dienas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="374"/>
        <source>Pause</source>
        <translation>Pristabdyti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="423"/>
        <source>%1 in the time window</source>
        <translation>%1 laiko lange</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="428"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="430"/>
        <source>%1: none</source>
        <translation>%1: nėra</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/timeline/panel.py" line="439"/>
        <source>%1: %2 (total %3)</source>
        <translation>%1: %2 (iš viso %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="450"/>
        <source>← %n more person(s), the last on %1</source>
        <translation>
            <numerusform>← dar %n asmuo, paskutinis %1</numerusform>
            <numerusform>← dar %n asmenys, paskutinis %1</numerusform>
            <numerusform>← dar %n asmenų, paskutinis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="451"/>
        <source>← %n more incident(s), the last on %1</source>
        <translation>
            <numerusform>← dar %n incidentas, paskutinis %1</numerusform>
            <numerusform>← dar %n incidentai, paskutinis %1</numerusform>
            <numerusform>← dar %n incidentų, paskutinis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="453"/>
        <source>%n more person(s), the first on %1 →</source>
        <translation>
            <numerusform>dar %n asmuo, pirmasis %1 →</numerusform>
            <numerusform>dar %n asmenys, pirmasis %1 →</numerusform>
            <numerusform>dar %n asmenų, pirmasis %1 →</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="454"/>
        <source>%n more incident(s), the first on %1 →</source>
        <translation>
            <numerusform>dar %n incidentas, pirmasis %1 →</numerusform>
            <numerusform>dar %n incidentai, pirmasis %1 →</numerusform>
            <numerusform>dar %n incidentų, pirmasis %1 →</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoomActions</name>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="56"/>
        <source>Zoom to filtered &amp;results</source>
        <translation>Priartinti &amp;filtro rezultatus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="59"/>
        <source>Zoom to &amp;selection</source>
        <translation>Priartinti &amp;pasirinktus</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="84"/>
        <source>No incident in the filter to zoom to.</source>
        <translation>Filtre nėra incidentų, kuriuos būtų galima priartinti.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="92"/>
        <source>No incident is selected.</source>
        <translation>Nepasirinktas joks incidentas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/zoom_to.py" line="96"/>
        <source>The selected incidents have no position to zoom to.</source>
        <translation>Pasirinkti incidentai neturi vietos, kurią būtų galima priartinti.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/check_texts.py" line="24"/>
        <source>%1 is not a known nationality code (ISO 3166-1 alpha-3, e.g. IRQ, SYR, AFG).</source>
        <translation>
            <numerusform>%1 nėra žinomas pilietybės kodas (ISO 3166-1 alpha-3, pvz., IRQ, SYR, AFG).</numerusform>
            <numerusform>%1 nėra žinomi pilietybės kodai (ISO 3166-1 alpha-3, pvz., IRQ, SYR, AFG).</numerusform>
            <numerusform>%1 nėra žinomi pilietybės kodai (ISO 3166-1 alpha-3, pvz., IRQ, SYR, AFG).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncCounts</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="19"/>
        <source>%1 -&gt; %2: %3 new, %4 changed incidents, %Ln audit entries</source>
        <translation>
            <numerusform>%1 -&gt; %2: naujų įvykių %3, pakeistų %4, %Ln audito įrašas</numerusform>
            <numerusform>%1 -&gt; %2: naujų įvykių %3, pakeistų %4, %Ln audito įrašai</numerusform>
            <numerusform>%1 -&gt; %2: naujų įvykių %3, pakeistų %4, %Ln audito įrašų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="21"/>
        <source>%1 -&gt; %2: %3 new, %4 changed incidents (%5 in conflict), %Ln audit entries</source>
        <translation>
            <numerusform>%1 -&gt; %2: naujų įvykių %3, pakeistų %4 (konfliktuojančių %5), %Ln audito įrašas</numerusform>
            <numerusform>%1 -&gt; %2: naujų įvykių %3, pakeistų %4 (konfliktuojančių %5), %Ln audito įrašai</numerusform>
            <numerusform>%1 -&gt; %2: naujų įvykių %3, pakeistų %4 (konfliktuojančių %5), %Ln audito įrašų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="27"/>
        <source>wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, encrypted)</source>
        <translation>
            <numerusform>įrašytas %1 (gavėjas %2): įvykių versijų – %3, %Ln audito įrašas, dalių – %4 (%5 B, užšifruotas)</numerusform>
            <numerusform>įrašytas %1 (gavėjas %2): įvykių versijų – %3, %Ln audito įrašai, dalių – %4 (%5 B, užšifruotas)</numerusform>
            <numerusform>įrašytas %1 (gavėjas %2): įvykių versijų – %3, %Ln audito įrašų, dalių – %4 (%5 B, užšifruotas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="30"/>
        <source>wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)</source>
        <translation>
            <numerusform>įrašytas %1 (gavėjas %2): įvykių versijų – %3, %Ln audito įrašas, dalių – %4 (%5 B)</numerusform>
            <numerusform>įrašytas %1 (gavėjas %2): įvykių versijų – %3, %Ln audito įrašai, dalių – %4 (%5 B)</numerusform>
            <numerusform>įrašytas %1 (gavėjas %2): įvykių versijų – %3, %Ln audito įrašų, dalių – %4 (%5 B)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="33"/>
        <source>wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, encrypted)</source>
        <translation>
            <numerusform>įrašytas %1: įvykių versijų – %3, %Ln audito įrašas, dalių – %4 (%5 B, užšifruotas)</numerusform>
            <numerusform>įrašytas %1: įvykių versijų – %3, %Ln audito įrašai, dalių – %4 (%5 B, užšifruotas)</numerusform>
            <numerusform>įrašytas %1: įvykių versijų – %3, %Ln audito įrašų, dalių – %4 (%5 B, užšifruotas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="36"/>
        <source>wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)</source>
        <translation>
            <numerusform>įrašytas %1: įvykių versijų – %3, %Ln audito įrašas, dalių – %4 (%5 B)</numerusform>
            <numerusform>įrašytas %1: įvykių versijų – %3, %Ln audito įrašai, dalių – %4 (%5 B)</numerusform>
            <numerusform>įrašytas %1: įvykių versijų – %3, %Ln audito įrašų, dalių – %4 (%5 B)</numerusform>
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
        <translation>Nepavyko atidaryti saugyklos %1: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/app.py" line="120"/>
        <source>Creating the demo store (first run)...</source>
        <translation>Kuriama demonstracinė saugykla (pirmas paleidimas)...</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/app.py" line="121"/>
        <location filename="../../border_monitor/ui/briefing/launch.py" line="64"/>
        <source>Opening %1...</source>
        <translation>Atidaroma %1...</translation>
    </message>
</context>
<context>
    <name>audit_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="14"/>
        <source>create</source>
        <translation>sukurta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="15"/>
        <source>update</source>
        <translation>pakeista</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="16"/>
        <source>delete</source>
        <translation>ištrinta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="17"/>
        <source>restore</source>
        <translation>atkurta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="18"/>
        <source>import</source>
        <translation>importuota</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="19"/>
        <source>enrich</source>
        <translation>išvestiniai laukai perskaičiuoti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="20"/>
        <source>attach</source>
        <translation>priedas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="21"/>
        <source>filter</source>
        <translation>išsaugotas filtras</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="28"/>
        <source>occurred_at</source>
        <translation>laikas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="29"/>
        <source>country</source>
        <translation>šalis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="30"/>
        <source>type</source>
        <translation>tipas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="31"/>
        <source>persons</source>
        <translation>asmenys</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="32"/>
        <source>nationalities</source>
        <translation>pilietybės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="33"/>
        <source>lat</source>
        <translation>platuma</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="34"/>
        <source>lon</source>
        <translation>ilguma</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="35"/>
        <source>status</source>
        <translation>būsena</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="36"/>
        <source>description</source>
        <translation>aprašymas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="37"/>
        <source>source</source>
        <translation>šaltinis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="38"/>
        <source>sector</source>
        <translation>sektorius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="39"/>
        <source>border</source>
        <translation>siena</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="40"/>
        <source>side</source>
        <translation>pusė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="41"/>
        <source>in_zone</source>
        <translation>ekstremaliosios situacijos zonoje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="42"/>
        <source>distance_to_border_m</source>
        <translation>atstumas iki sienos (m)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="43"/>
        <source>deleted</source>
        <translation>ištrintas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="44"/>
        <source>file</source>
        <translation>failas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="45"/>
        <source>count</source>
        <translation>skaičius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="46"/>
        <source>reason</source>
        <translation>priežastis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="47"/>
        <source>fields</source>
        <translation>laukai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="48"/>
        <source>attachment</source>
        <translation>priedas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="54"/>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/audit_texts.py" line="54"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="52"/>
        <source>is not an ISO 8601 date and time</source>
        <translation>nėra ISO 8601 data ir laikas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="53"/>
        <source>is not a date and time</source>
        <translation>nėra data ir laikas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="54"/>
        <source>has no time zone</source>
        <translation>neturi laiko juostos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="55"/>
        <source>is not an ISO 3166-1 alpha-3 country code</source>
        <translation>nėra ISO 3166-1 alpha-3 šalies kodas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="56"/>
        <source>has a count that is not a whole number &gt;= 0</source>
        <translation>turi skaičių, kuris nėra sveikasis skaičius &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="57"/>
        <source>has a count that is not a whole number</source>
        <translation>turi skaičių, kuris nėra sveikasis</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="66"/>
        <source>Choose a value.</source>
        <translation>Pasirinkite reikšmę.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="68"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1“ nėra viena iš: %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="70"/>
        <source>Enter the date and time of the incident.</source>
        <translation>Įveskite incidento datą ir laiką.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="72"/>
        <source>&apos;%1&apos; %2.</source>
        <translation>„%1“ %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="74"/>
        <source>%1 UTC is before 2000; incidents start in 2000.</source>
        <translation>%1 UTC yra anksčiau nei 2000 m.; incidentai pradedami 2000 m.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="76"/>
        <source>%1 UTC is in the future.</source>
        <translation>%1 UTC yra ateityje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="78"/>
        <source>&apos;%1&apos; is not a whole number of persons.</source>
        <translation>„%1“ nėra sveikasis asmenų skaičius.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="80"/>
        <source>%1 persons is negative; enter 0 or more.</source>
        <translation>Asmenų skaičius %1 yra neigiamas; įveskite 0 arba daugiau.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="82"/>
        <source>An incident of type %1 needs the number of persons (at least 1).</source>
        <translation>Incidentui „%1“ reikia nurodyti asmenų skaičių (bent 1).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="88"/>
        <source>The nationalities count %1 persons, more than the incident&apos;s %2.</source>
        <translation>Pagal pilietybes suskaičiuota asmenų: %1, daugiau nei incidento %2.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="96"/>
        <source>This text cannot be read as a position in the chosen coordinate system.</source>
        <translation>Šio teksto negalima perskaityti kaip vietos pasirinktoje koordinačių sistemoje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="99"/>
        <source>Enter the position of the incident.</source>
        <translation>Įveskite incidento vietą.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="101"/>
        <source>&apos;%1, %2&apos; is not a position.</source>
        <translation>„%1, %2“ nėra vieta.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="103"/>
        <source>Latitude %1, longitude %2 is not on the globe.</source>
        <translation>Platuma %1, ilguma %2 nėra Žemės rutulyje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="106"/>
        <source>Latitude %1, longitude %2 is outside the monitored region; latitude and longitude look swapped.</source>
        <translation>Platuma %1, ilguma %2 yra už stebimo regiono ribų; atrodo, kad platuma ir ilguma sukeistos.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="109"/>
        <source>Latitude %1, longitude %2 is outside the monitored region: a minus sign too many (the region is north and east).</source>
        <translation>Platuma %1, ilguma %2 yra už stebimo regiono ribų: nereikalingas minuso ženklas (regionas yra šiaurėje ir rytuose).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="112"/>
        <source>Latitude %1, longitude %2 is not in Europe: the position is on the wrong continent.</source>
        <translation>Platuma %1, ilguma %2 nėra Europoje: vieta kitame žemyne.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="115"/>
        <source>Latitude %1, longitude %2 is outside the monitored region (latitude %3..%4, longitude %5..%6).</source>
        <translation>Platuma %1, ilguma %2 yra už stebimo regiono ribų (platuma %3..%4, ilguma %5..%6).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="119"/>
        <source>This position lies on the Belarusian side of the border. An observation across the line may be recorded; saving will ask you to confirm.</source>
        <translation>Ši vieta yra Baltarusijos sienos pusėje. Stebėjimą anapus linijos galima įrašyti; įrašant bus paprašyta patvirtinti.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="122"/>
        <source>This position is %1 km from the border with Belarus; check the coordinates.</source>
        <translation>Ši vieta yra %1 km nuo sienos su Baltarusija; patikrinkite koordinates.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/check_texts.py" line="125"/>
        <source>The nearest border is %1, but the reporting country is %2; check the country or the position.</source>
        <translation>Artimiausia siena yra %1, o pranešanti šalis – %2; patikrinkite šalį arba vietą.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../border_monitor/ui/editing/commands.py" line="85"/>
        <source>Cannot undo &apos;%1&apos;: %2</source>
        <extracomment>The fields a user edits; undo/redo restore exactly these (plus the deleted flag).</extracomment>
        <translation>Nepavyko atšaukti „%1“: %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/commands.py" line="86"/>
        <source>Cannot redo &apos;%1&apos;: %2</source>
        <translation>Nepavyko pakartoti „%1“: %2</translation>
    </message>
</context>
<context>
    <name>coord_errors</name>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="22"/>
        <source>&apos;{text}&apos; is not coordinate text: &apos;{char}&apos; (character {pos}) is not part of any coordinate notation this program reads.</source>
        <translation>„{text}“ nėra koordinačių tekstas: „{char}“ ({pos}-as simbolis) nepriklauso jokiam koordinačių užrašui, kurį skaito ši programa.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="24"/>
        <source>&apos;{text}&apos; has the mark {mark} without a number in front of it.</source>
        <translation>„{text}“ turi ženklą {mark} be skaičiaus prieš jį.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="25"/>
        <source>&apos;{text}&apos; holds no numbers, so it is not a position.</source>
        <translation>„{text}“ neturi skaičių, todėl tai nėra vieta.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="26"/>
        <source>&apos;{text}&apos; has {count} hemisphere or axis letter(s); write one for each of the two numbers (N or S and E or W), or none.</source>
        <translation>„{text}“ turi pusrutulio ar ašies raidžių: {count}; rašykite po vieną kiekvienam iš dviejų skaičių (N arba S ir E arba W) arba nerašykite jų visai.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="28"/>
        <source>&apos;{text}&apos; has its letters in the middle; put N/S and E/W either all before or all after their numbers.</source>
        <translation>„{text}“ raidės yra viduryje; N/S ir E/W rašykite arba visas prieš skaičius, arba visas po jų.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="30"/>
        <source>&apos;{text}&apos; has a letter without a number beside it.</source>
        <translation>„{text}“ turi raidę be šalia esančio skaičiaus.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="31"/>
        <source>&apos;{text}&apos; has {count} separators (comma, semicolon or slash); a position is two values with one separator between them (use a decimal point if the comma is a separator).</source>
        <translation>„{text}“ turi skirtukų (kablelis, kabliataškis ar pasvirasis brūkšnys): {count}; vieta – tai dvi reikšmės su vienu skirtuku tarp jų (jei kablelis yra skirtukas, dešimtainėms naudokite tašką).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="34"/>
        <source>&apos;{text}&apos; has {count} number(s) and it is unclear where the first value ends and the second begins; separate them with a comma or semicolon, or add hemisphere letters (N, E).</source>
        <translation>„{text}“ turi skaičių: {count}, ir neaišku, kur baigiasi pirmoji reikšmė ir prasideda antroji; atskirkite jas kableliu ar kabliataškiu arba pridėkite pusrutulio raides (N, E).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="37"/>
        <source>&apos;{text}&apos; has {count} numbers in &apos;{where}&apos;; degrees take at most three (d m s).</source>
        <translation>„{text}“ dalyje „{where}“ turi skaičių: {count}; laipsniams reikia ne daugiau kaip trijų (l m s).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="38"/>
        <source>&apos;{text}&apos; has {unit} after {previous} in &apos;{where}&apos;; write degrees, then minutes, then seconds.</source>
        <translation>„{text}“ dalyje „{where}“ turi {unit} po {previous}; rašykite laipsnius, tada minutes, tada sekundes.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="40"/>
        <source>&apos;{text}&apos; has a number after the seconds in &apos;{where}&apos;.</source>
        <translation>„{text}“ dalyje „{where}“ turi skaičių po sekundžių.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="41"/>
        <source>&apos;{text}&apos; starts &apos;{where}&apos; with {unit} instead of degrees.</source>
        <translation>„{text}“ dalį „{where}“ pradeda {unit}, o ne laipsniais.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="42"/>
        <source>&apos;{text}&apos; has a fraction in {number} although more numbers follow in &apos;{where}&apos;; only the last of degrees, minutes and seconds may have decimals.</source>
        <translation>„{text}“ skaičius {number} turi trupmeninę dalį, nors dalyje „{where}“ po jo eina daugiau skaičių; dešimtaines gali turėti tik paskutinis iš laipsnių, minučių ir sekundžių.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="44"/>
        <source>&apos;{text}&apos; has a sign on {number} inside &apos;{where}&apos;; put a sign only before the degrees.</source>
        <translation>„{text}“ dalyje „{where}“ skaičius {number} turi ženklą; ženklą rašykite tik prieš laipsnius.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="46"/>
        <source>&apos;{text}&apos; has {size} {unit} in &apos;{where}&apos;; it must be below 60.</source>
        <translation>„{text}“ dalyje „{where}“ turi {size} ({unit}); turi būti mažiau nei 60.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="47"/>
        <source>&apos;{text}&apos; gives two {axis} ({first} and {second}); give one of N/S and one of E/W.</source>
        <translation>„{text}“ nurodo dvi reikšmes – {axis} ({first} ir {second}); nurodykite vieną iš N/S ir vieną iš E/W.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="49"/>
        <source>&apos;{text}&apos; has both a minus sign and the letter {letter}; use one or the other.</source>
        <translation>„{text}“ turi ir minuso ženklą, ir raidę {letter}; naudokite tik vieną iš jų.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="50"/>
        <source>&apos;{text}&apos; gives latitude {value}, beyond 90 degrees.</source>
        <translation>„{text}“ nurodo platumą {value}, didesnę nei 90 laipsnių.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="51"/>
        <source>&apos;{text}&apos; gives longitude {value}, beyond 180 degrees.</source>
        <translation>„{text}“ nurodo ilgumą {value}, didesnę nei 180 laipsnių.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="52"/>
        <source>&apos;{text}&apos; has &apos;{part}&apos; where a grid coordinate (one number of metres) was expected.</source>
        <translation>„{text}“ turi „{part}“ ten, kur tikėtasi tinklelio koordinatės (vieno skaičiaus metrais).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="54"/>
        <source>&apos;{text}&apos; labels grid coordinates with {first} and {second}; use N for the northing and E for the easting.</source>
        <translation>„{text}“ tinklelio koordinates žymi {first} ir {second}; šiaurės koordinatę (X) žymėkite N, rytų (Y) – E.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="56"/>
        <source>&apos;{text}&apos; names UTM zone {zone}, but the system given is {system}.</source>
        <translation>„{text}“ nurodo UTM zoną {zone}, bet pasirinkta sistema yra {system}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="57"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) is not a position, far outside the area that system is used for.</source>
        <translation>„{text}“, perskaitytas sistemoje {system} (rašoma: {axes}), nėra vieta – toli už srities, kurioje ta sistema naudojama.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="59"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) lies at {place}, far outside the area that system is used for.</source>
        <translation>„{text}“, perskaitytas sistemoje {system} (rašoma: {axes}), yra ties {place}, toli už srities, kurioje ta sistema naudojama.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="61"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) lies at {place}, far outside the area that system is used for. With the two numbers the other way round it would be {swapped}; check their order ({axes}).</source>
        <translation>„{text}“, perskaitytas sistemoje {system} (rašoma: {axes}), yra ties {place}, toli už srities, kurioje ta sistema naudojama. Sukeitus abu skaičius vietomis, būtų {swapped}; patikrinkite jų tvarką ({axes}).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="64"/>
        <source>&apos;{text}&apos; read in {system} (written {axes}) is not a position, far outside the area that system is used for. With the two numbers the other way round it would be {swapped}; check their order ({axes}).</source>
        <translation>„{text}“, perskaitytas sistemoje {system} (rašoma: {axes}), nėra vieta – toli už srities, kurioje ta sistema naudojama. Sukeitus abu skaičius vietomis, būtų {swapped}; patikrinkite jų tvarką ({axes}).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="67"/>
        <source>&apos;{text}&apos; in {system} does not convert to a WGS 84 position.</source>
        <translation>„{text}“ sistemoje {system} nevirsta WGS 84 vieta.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="68"/>
        <source>&apos;{text}&apos; is not a plausible position in the monitored region (latitude {south} to {north}, longitude {west} to {east}) in any grid tried ({orders}); check the numbers and their order, or name the system.</source>
        <translation>„{text}“ nėra tikėtina stebimo regiono (platuma {south}–{north}, ilguma {west}–{east}) vieta nė viename bandytame tinklelyje ({orders}); patikrinkite skaičius ir jų tvarką arba nurodykite sistemą.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="71"/>
        <source>{name} as {axes}</source>
        <translation>{name}: {axes}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="72"/>
        <source>&apos;{text}&apos; fits more than one coordinate system: {options}. Name the system to choose.</source>
        <translation>„{text}“ tinka daugiau nei vienai koordinačių sistemai: {options}. Nurodykite sistemą.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="74"/>
        <source>{system} ({name}) puts it at {place}</source>
        <translation>{system} ({name}): {place}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="75"/>
        <source>&apos;{text}&apos; mixes a number that can only be metres ({metres}) with one that looks like degrees ({degrees}); write both in one system.</source>
        <translation>„{text}“ maišo skaičių, kuris gali būti tik metrai ({metres}), su skaičiumi, panašiu į laipsnius ({degrees}); abu rašykite vienoje sistemoje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="77"/>
        <source>&apos;{text}&apos; reads as {place}, outside the monitored region (latitude {south} to {north}, longitude {west} to {east}). Name the system (wgs84) to accept a position elsewhere.</source>
        <translation>„{text}“ perskaitytas kaip {place}, už stebimo regiono (platuma {south}–{north}, ilguma {west}–{east}) ribų. Nurodykite sistemą (wgs84), kad priimtumėte vietą kitur.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="80"/>
        <source>&apos;{text}&apos; reads as {place}, outside the monitored region (latitude {south} to {north}, longitude {west} to {east}). It looks like longitude written first: WGS 84 text gives latitude first, so swap the numbers or add N and E. Name the system (wgs84) to accept a position elsewhere.</source>
        <translation>„{text}“ perskaitytas kaip {place}, už stebimo regiono (platuma {south}–{north}, ilguma {west}–{east}) ribų. Atrodo, kad pirmiau parašyta ilguma: WGS 84 tekste pirma eina platuma, todėl sukeiskite skaičius arba pridėkite N ir E. Nurodykite sistemą (wgs84), kad priimtumėte vietą kitur.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="84"/>
        <source>{text} is not coordinate text.</source>
        <translation>{text} nėra koordinačių tekstas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="85"/>
        <source>The coordinate text is empty.</source>
        <translation>Koordinačių tekstas tuščias.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="86"/>
        <source>&apos;{text}...&apos; is {count} characters, too long for a position.</source>
        <translation>„{text}...“ turi simbolių: {count} – per ilgas vietai.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="87"/>
        <source>Precision {precision} is outside {low} to {high} for {system}.</source>
        <translation>Tikslumas {precision} sistemai {system} nepatenka į ribas nuo {low} iki {high}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="88"/>
        <source>Longitude {lon}, latitude {lat} is not a position on the globe.</source>
        <translation>Ilguma {lon}, platuma {lat} nėra vieta Žemės rutulyje.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="89"/>
        <source>{place} cannot be written in {system}.</source>
        <translation>{place} negalima užrašyti sistemoje {system}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="90"/>
        <source>&apos;{text}&apos; is not an MGRS reference; write the grid zone (e.g. 35U), the 100 km square (e.g. LA) and 2 to 10 digits, e.g. 35U LA 89485 61289.</source>
        <translation>„{text}“ nėra MGRS nuoroda; rašykite tinklelio zoną (pvz., 35U), 100 km kvadratą (pvz., LA) ir 2–10 skaitmenų, pvz., 35U LA 89485 61289.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="92"/>
        <source>&apos;{text}&apos; names UTM zone {zone}; zones run from 1 to 60.</source>
        <translation>„{text}“ nurodo UTM zoną {zone}; zonos yra nuo 1 iki 60.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="93"/>
        <source>&apos;{text}&apos; names only the 100 km square {square}; add digits for easting and northing (1 to 5 each) to give a position.</source>
        <translation>„{text}“ nurodo tik 100 km kvadratą {square}; pridėkite rytų ir šiaurės skaitmenis (po 1–5), kad gautumėte vietą.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="95"/>
        <source>&apos;{text}&apos; has {count} digits after the square; an MGRS reference has an equal number for easting and northing, 1 to 5 each.</source>
        <translation>„{text}“ po kvadrato turi skaitmenų: {count}; MGRS nuorodoje rytų ir šiaurės skaitmenų yra po lygiai, po 1–5.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="97"/>
        <source>&apos;{text}&apos; is not a valid MGRS reference: the square {square} does not lie in grid zone {zone} at those digits.</source>
        <translation>„{text}“ nėra tinkama MGRS nuoroda: kvadratas {square} su tais skaitmenimis nepatenka į tinklelio zoną {zone}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="99"/>
        <source>MGRS precision {precision} is not one of 1 (10 km), 2 (1 km), 3 (100 m), 4 (10 m), 5 (1 m).</source>
        <translation>MGRS tikslumas {precision} nėra vienas iš: 1 (10 km), 2 (1 km), 3 (100 m), 4 (10 m), 5 (1 m).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="101"/>
        <source>Latitude {lat}, longitude {lon} cannot be written as an MGRS reference.</source>
        <translation>Platumos {lat}, ilgumos {lon} negalima užrašyti kaip MGRS nuorodos.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="102"/>
        <source>{name} is not a coordinate system name.</source>
        <translation>{name} nėra koordinačių sistemos pavadinimas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="103"/>
        <source>&apos;{name}&apos; is not a coordinate system this program knows; use one of {names} or EPSG:nnnn.</source>
        <translation>„{name}“ nėra šiai programai žinoma koordinačių sistema; naudokite vieną iš: {names} arba EPSG:nnnn.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="110"/>
        <source>degrees</source>
        <translation>laipsniai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="111"/>
        <source>minutes</source>
        <translation>minutės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="112"/>
        <source>seconds</source>
        <translation>sekundės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="113"/>
        <source>latitudes</source>
        <translation>platumos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="114"/>
        <source>longitudes</source>
        <translation>ilgumos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="120"/>
        <source>latitude, longitude</source>
        <translation>platuma, ilguma</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="121"/>
        <source>longitude, latitude</source>
        <translation>ilguma, platuma</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="122"/>
        <source>northing, easting</source>
        <translation>šiaurė (X), rytai (Y)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/error_texts.py" line="123"/>
        <source>easting, northing</source>
        <translation>rytai, šiaurė</translation>
    </message>
</context>
<context>
    <name>derived</name>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="18"/>
        <source>(enter a position)</source>
        <translation>(įveskite vietą)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="21"/>
        <source>border {0}</source>
        <translation>siena {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="23"/>
        <source>sector {0}</source>
        <translation>sektorius {0}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="28"/>
        <source>{0} from the border</source>
        <translation>{0} nuo sienos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="32"/>
        <source>Belarusian side</source>
        <translation>Baltarusijos pusė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="34"/>
        <source>EU side</source>
        <translation>ES pusė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="38"/>
        <source>in the emergency zone</source>
        <translation>ekstremaliosios situacijos zonoje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="40"/>
        <source>outside the emergency zone</source>
        <translation>už ekstremaliosios situacijos zonos</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/editing/derived.py" line="41"/>
        <source>(no border nearby)</source>
        <translation>(sienos netoliese nėra)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="11"/>
        <source>{path} is not a GeoPackage (no GPKG application id or gpkg_contents table).</source>
        <translation>{path} nėra GeoPackage failas (nėra GPKG programos identifikatoriaus ar lentelės gpkg_contents).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="12"/>
        <source>{path} is a GeoPackage but not a Border Monitor store; import its layer into a store instead of opening it.</source>
        <translation>{path} yra GeoPackage failas, bet ne Border Monitor saugykla; užuot atvėrę, importuokite jo sluoksnį į saugyklą.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="14"/>
        <source>{path} was written by a newer Border Monitor (schema version {version}); this version reads up to schema version {current}.</source>
        <translation>{path} įrašyta naujesnės Border Monitor versijos (schemos versija {version}); ši versija skaito iki {current} schemos versijos.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="16"/>
        <source>{path} is at schema version {version} and must be upgraded to {current} before it can be read: open it once where it can be written (e.g. border-monitor gui or import).</source>
        <translation>{path} yra {version} schemos versijos ir prieš skaitant turi būti atnaujinta iki {current}: vieną kartą atverkite ją ten, kur galima rašyti (pvz., border-monitor gui arba import).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="19"/>
        <source>{path} cannot be read as a Border Monitor store: {reason}.</source>
        <translation>{path} negalima perskaityti kaip Border Monitor saugyklos: {reason}.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="20"/>
        <source>{address} is neither a file nor a PostgreSQL address: Border Monitor reads GeoPackage files and postgresql:// databases, not {scheme}://.</source>
        <translation>{address} nėra nei failas, nei PostgreSQL adresas: Border Monitor skaito GeoPackage failus ir postgresql:// duomenų bazes, o ne {scheme}://.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="22"/>
        <source>The store {path} does not exist.</source>
        <translation>Saugyklos {path} nėra.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="23"/>
        <source>The store {path} is a folder, not a file.</source>
        <translation>Saugykla {path} yra aplankas, o ne failas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="24"/>
        <source>The {what} {path} does not exist.</source>
        <translation>{path} ({what}) nėra.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="25"/>
        <source>The {what} {path} is a folder, not a file.</source>
        <translation>{path} ({what}) yra aplankas, o ne failas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="26"/>
        <source>{path}: does not exist</source>
        <translation>{path}: failo nėra</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="27"/>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: tai aplankas, o ne failas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="28"/>
        <source>{path}: is not a regular file (a device, a pipe or a socket); only files are read</source>
        <translation>{path}: tai ne įprastas failas (įrenginys, kanalas ar lizdas); skaitomi tik failai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="30"/>
        <source>{path}: cannot be read (permission denied)</source>
        <translation>{path}: negalima perskaityti (neleidžiama)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="31"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: negalima perskaityti ({reason})</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="32"/>
        <source>{path}: is empty</source>
        <translation>{path}: failas tuščias</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="33"/>
        <source>{path}: is UTF-16 text; save it as UTF-8 (or cp1257/cp1250) CSV</source>
        <translation>{path}: tai UTF-16 tekstas; įrašykite jį kaip UTF-8 (arba cp1257/cp1250) CSV</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="34"/>
        <source>{path}: is not a text file (a NUL byte on line {line}); is it a spreadsheet (.xlsx) or UTF-16 text rather than CSV?</source>
        <translation>{path}: tai ne tekstinis failas (NUL baitas {line} eilutėje); gal tai skaičiuoklė (.xlsx) ar UTF-16 tekstas, o ne CSV?</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="36"/>
        <source>{path}: is not UTF-8, cp1257 or cp1250 text: byte {offset} on line {line} cannot be decoded (wrong encoding?)</source>
        <translation>{path}: tai ne UTF-8, cp1257 ar cp1250 tekstas: baito {offset} {line} eilutėje negalima iškoduoti (netinkama koduotė?)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="38"/>
        <source>{path}: cannot import files ending in {suffix}; known suffixes: {known}</source>
        <translation>{path}: negalima importuoti failų, kurių plėtinys {suffix}; žinomi plėtiniai: {known}</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="39"/>
        <source>There is no sync package {path}.</source>
        <translation>Sinchronizavimo paketo {path} nėra.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="40"/>
        <source>{path} is a folder, not a sync package.</source>
        <translation>{path} yra aplankas, o ne sinchronizavimo paketas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="41"/>
        <source>The sync package {path} is encrypted: give its passphrase with --passphrase-file.</source>
        <translation>Sinchronizavimo paketas {path} užšifruotas: nurodykite jo slaptafrazę su --passphrase-file.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="43"/>
        <source>The sync package {path} is not encrypted, but a passphrase was given: it is not the package you expect, or it was written without --passphrase-file.</source>
        <translation>Sinchronizavimo paketas {path} neužšifruotas, bet slaptafrazė nurodyta: tai ne tas paketas, kurio tikitės, arba jis įrašytas be --passphrase-file.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="45"/>
        <source>The sync package {path} is not a Border Monitor sync package (not a GeoPackage).</source>
        <translation>Sinchronizavimo paketas {path} nėra Border Monitor sinchronizavimo paketas (ne GeoPackage).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="46"/>
        <source>The sync package {path} cannot be opened: the passphrase is wrong, or the package was changed after it was written.</source>
        <translation>Sinchronizavimo paketo {path} atverti nepavyko: slaptafrazė neteisinga arba paketas pakeistas po įrašymo.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="48"/>
        <source>The sync package {path} was changed after it was written (its content does not match its digest); it was not applied.</source>
        <translation>Sinchronizavimo paketas {path} pakeistas po įrašymo (turinys neatitinka kontrolinės sumos); jis nepritaikytas.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="50"/>
        <source>The base map {path} does not exist.</source>
        <translation>Pagrindo žemėlapio {path} nėra.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="51"/>
        <source>The file {path} is not a base map built by &apos;border-monitor basemap build&apos; (it has no {table} table).</source>
        <translation>Failas {path} nėra pagrindo žemėlapis, sukurtas komanda „border-monitor basemap build“ (jame nėra lentelės {table}).</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="53"/>
        <source>The file {path} is not a base map built by &apos;border-monitor basemap build&apos;.</source>
        <translation>Failas {path} nėra pagrindo žemėlapis, sukurtas komanda „border-monitor basemap build“.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="55"/>
        <source>The OpenStreetMap extract {path} does not exist.</source>
        <translation>OpenStreetMap ištraukos {path} nėra.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/failure_codes.py" line="56"/>
        <source>The OpenStreetMap extract {path} is not an .osm.pbf or .osm file.</source>
        <translation>OpenStreetMap ištrauka {path} nėra .osm.pbf ar .osm failas.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../border_monitor/ui/failure_text.py" line="34"/>
        <source>The operation failed; the technical details (in English) come with this message.</source>
        <translation>Veiksmas nepavyko; techninė informacija (anglų kalba) pateikiama kartu su šiuo pranešimu.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/failure_text.py" line="65"/>
        <source>An internal error; details in %1</source>
        <translation>Vidinė klaida; išsami informacija: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/failure_text.py" line="67"/>
        <source>An internal error (%1); it could not be logged.</source>
        <translation>Vidinė klaida (%1); jos nepavyko įrašyti į žurnalą.</translation>
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
        <translation>Lenkija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="18"/>
        <source>Belarus</source>
        <translation>Baltarusija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="25"/>
        <source>Apprehension</source>
        <translation>Sulaikymas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="26"/>
        <source>Prevented entry</source>
        <translation>Neleista patekti</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="27"/>
        <source>Return to Belarus</source>
        <translation>Apgręžimas į Baltarusiją</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="28"/>
        <source>Smuggling</source>
        <translation>Kontrabanda</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="29"/>
        <source>Trafficking</source>
        <translation>Neteisėtas žmonių gabenimas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="30"/>
        <source>Barrier damage</source>
        <translation>Užtvaros pažeidimas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="31"/>
        <source>Use of force</source>
        <translation>Jėgos panaudojimas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="32"/>
        <source>Provocation</source>
        <translation>Provokacija</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="33"/>
        <source>Military activity</source>
        <translation>Karinė veikla</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="34"/>
        <source>Airspace violation</source>
        <translation>Oro erdvės pažeidimas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="35"/>
        <source>Humanitarian</source>
        <translation>Humanitarinė pagalba</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="36"/>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="44"/>
        <source>Reported</source>
        <translation>Pranešta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="45"/>
        <source>Verified</source>
        <translation>Patikrinta</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/labels.py" line="46"/>
        <source>Closed</source>
        <translation>Uždaryta</translation>
    </message>
</context>
<context>
    <name>nationality_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/nationality_texts.py" line="34"/>
        <source>Stateless person</source>
        <translation>Asmuo be pilietybės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/nationality_texts.py" line="35"/>
        <source>Unknown nationality</source>
        <translation>Nežinoma pilietybė</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/nationality_texts.py" line="36"/>
        <source>Kosovo</source>
        <translation>Kosovas</translation>
    </message>
</context>
<context>
    <name>rejects</name>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="27"/>
        <source>is empty</source>
        <translation>tuščias</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="28"/>
        <source>is not a number</source>
        <translation>nėra skaičius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="29"/>
        <source>is not a finite number</source>
        <translation>nėra baigtinis skaičius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="30"/>
        <source>is not a whole number</source>
        <translation>nėra sveikasis skaičius</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="31"/>
        <source>is negative</source>
        <translation>yra neigiamas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="32"/>
        <source>is before 2000</source>
        <translation>yra anksčiau nei 2000 m.</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="33"/>
        <source>is in the future</source>
        <translation>yra ateityje</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="34"/>
        <source>is not LT, LV or PL</source>
        <translation>nėra LT, LV ar PL</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="35"/>
        <source>is not a known incident type</source>
        <translation>nėra žinomas įvykio tipas</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="36"/>
        <source>is not a known status</source>
        <translation>nėra žinoma būsena</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="37"/>
        <source>is outside -180..180</source>
        <translation>nepatenka į -180..180</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="38"/>
        <source>is outside -90..90</source>
        <translation>nepatenka į -90..90</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="39"/>
        <source>is not a UUID</source>
        <translation>nėra UUID</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="40"/>
        <source>has a UTC offset that is not +HH:MM</source>
        <translation>turi UTC poslinkį, kuris nėra +HH:MM</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="41"/>
        <source>is not an MGRS grid reference</source>
        <translation>nėra MGRS tinklelio nuoroda</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="54"/>
        <source>is outside the monitored region (lat %1, lon %2)</source>
        <translation>yra už stebimo regiono ribų (platuma %1, ilguma %2)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="59"/>
        <source>has %1 fields where the header has %2</source>
        <translation>turi %1 laukus(-ų), o antraštė – %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="62"/>
        <source>repeats the id of row %1</source>
        <translation>kartoja %1 eilutės identifikatorių</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="64"/>
        <source>must be at least 1 for this type</source>
        <translation>šiam tipui turi būti ne mažiau kaip 1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="71"/>
        <source>sheet &apos;%1&apos;, row %2</source>
        <translation>lapas „%1“, eilutė %2</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="74"/>
        <source>line %1</source>
        <translation>eilutė %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="75"/>
        <source>feature %1</source>
        <translation>objektas %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="95"/>
        <source>northing (X)</source>
        <translation>šiaurės koordinatė (X)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="96"/>
        <source>easting (Y)</source>
        <translation>rytų koordinatė (Y)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="97"/>
        <source>latitude</source>
        <translation>platuma</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="98"/>
        <source>longitude</source>
        <translation>ilguma</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="114"/>
        <source>the file holds no features</source>
        <translation>faile nėra objektų</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="116"/>
        <source>%1 holds the %2 values and %3 the %4 values of %5 (it writes the %6 first): they were read that way round</source>
        <translation>%1 yra %5 reikšmės „%2“, o %3 – „%4“ (ši sistema pirma rašo „%6“): jos perskaitytos būtent taip</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="121"/>
        <source>the columns %1 and %2 were read as %3 (%4): %1 the %5, %2 the %6</source>
        <translation>stulpeliai %1 ir %2 perskaityti kaip %3 (%4): %1 – %5, %2 – %6</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="124"/>
        <source>the columns %1 and %2 were read as %3 (%4)</source>
        <translation>stulpeliai %1 ir %2 perskaityti kaip %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="127"/>
        <source>the incident type was read from the %1 field</source>
        <translation>įvykio tipas perskaitytas iš lauko %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="130"/>
        <source>%1 deleted incident(s) of %2 were skipped</source>
        <translation>praleista ištrintų %2 įvykių: %1</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/reject_texts.py" line="133"/>
        <source>the id column holds no UUIDs (e.g. %1); new ids were made</source>
        <translation>identifikatorių stulpelyje nėra UUID (pvz., %1); sukurti nauji identifikatoriai</translation>
    </message>
</context>
<context>
    <name>shifts</name>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="31"/>
        <source>%1 (%2) rising, %3 in 7 days against %4 expected, while its neighbours %5 fall, %6 against %7</source>
        <translation>%1 (%2) auga: %3 per 7 dienas, tikėtasi %4, o kaimyniniai %5 mažėja: %6, tikėtasi %7</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="38"/>
        <source>%1 falling, %2 in 7 days against %3 expected, while %4 rises, %5 against %6</source>
        <translation>%1 mažėja: %2 per 7 dienas, tikėtasi %3, o %4 auga: %5, tikėtasi %6</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="52"/>
        <source>end of %1 (each service&apos;s local day)</source>
        <translation>%1 pabaiga (kiekvienos tarnybos vietos diena)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/warning_texts.py" line="55"/>
        <source>%1 (each service&apos;s local time)</source>
        <translation>%1 (kiekvienos tarnybos vietos laikas)</translation>
    </message>
</context>
<context>
    <name>system_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/system_texts.py" line="15"/>
        <source>WGS 84 decimal degrees</source>
        <translation>WGS 84 dešimtainiai laipsniai</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/system_texts.py" line="16"/>
        <source>WGS 84 degrees, minutes, seconds</source>
        <translation>WGS 84 laipsniai, minutės, sekundės</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/system_texts.py" line="17"/>
        <source>MGRS grid reference</source>
        <translation>MGRS tinklelio koordinatės</translation>
    </message>
</context>
<context>
    <name>zone_texts</name>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="18"/>
        <source>reporter&apos;s zone</source>
        <translation>pranešėjo zona</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="23"/>
        <source>Time (%1)</source>
        <translation>Laikas (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="29"/>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="31"/>
        <source>This &amp;workstation&apos;s (%1)</source>
        <translation>Šio &amp;kompiuterio (%1)</translation>
    </message>
    <message>
        <location filename="../../border_monitor/ui/text/zone_texts.py" line="32"/>
        <source>The &amp;reporter&apos;s (each country&apos;s zone)</source>
        <translation>&amp;Pranešėjo (kiekvienos šalies juosta)</translation>
    </message>
</context>
</TS>
