<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppsPage</name>
    <message>
        <source>Each app (an IDE plugin, a CLI agent, a script) gets its own access token, so its requests are counted, limited and revocable on their own.</source>
        <translation>Jede App (ein IDE-Plugin, ein CLI-Agent, ein Skript) erhält ein eigenes Zugriffstoken, damit ihre Anfragen getrennt gezählt, begrenzt und widerrufen werden können.</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New app:</source>
        <translation>&amp;Neue App:</translation>
    </message>
    <message>
        <source>Name of the new app</source>
        <translation>Name der neuen App</translation>
    </message>
    <message>
        <source>e.g. claude-code</source>
        <translation>z. B. claude-code</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Create the app and its token</source>
        <translation>App und ihr Token erstellen</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the selected app&apos;s token</source>
        <translation>Token der ausgewählten App widerrufen</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>The new app&apos;s token (shown only now)</source>
        <translation>Token der neuen App (wird nur jetzt angezeigt)</translation>
    </message>
    <message>
        <source>The new app&apos;s token</source>
        <translation>Token der neuen App</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Use it from</source>
        <translation>Verwenden mit</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <source>Client to set up</source>
        <translation>Einzurichtender Client</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Route or model the client asks for</source>
        <translation>Route oder Modell, das der Client anfragt</translation>
    </message>
    <message>
        <source>Setup to paste</source>
        <translation>Einrichtung zum Einfügen</translation>
    </message>
    <message>
        <source>Copy &amp;setup</source>
        <translation>Einrichtung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the setup</source>
        <translation>Einrichtung kopieren</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Diesen Monat ausgegeben</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ClientSetup</name>
    <message>
        <source>The base URL has no /v1. Do not set ANTHROPIC_API_KEY as well: Claude Code warns about two credentials.</source>
        <translation>Die Basis-URL hat kein /v1. Setzen Sie nicht zusätzlich ANTHROPIC_API_KEY: Claude Code warnt sonst vor zwei Anmeldedaten.</translation>
    </message>
    <message>
        <source>Codex speaks only the Responses API; Switchyard translates it for any provider.</source>
        <translation>Codex spricht nur die Responses API; Switchyard übersetzt sie für jeden Anbieter.</translation>
    </message>
    <message>
        <source>aider needs the openai/ prefix in front of the model name.</source>
        <translation>aider braucht das Präfix openai/ vor dem Modellnamen.</translation>
    </message>
    <message>
        <source>Open WebUI lists the models from Switchyard&apos;s /v1/models: your routes and their targets.</source>
        <translation>Open WebUI listet die Modelle aus /v1/models von Switchyard auf: Ihre Routen und deren Ziele.</translation>
    </message>
    <message>
        <source>The Anthropic SDKs take the root without /v1.</source>
        <translation>Die Anthropic-SDKs erwarten die Stamm-URL ohne /v1.</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>A&amp;pp:</translation>
    </message>
    <message>
        <source>App filter</source>
        <translation>App-Filter</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Route:</translation>
    </message>
    <message>
        <source>Route filter</source>
        <translation>Routenfilter</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Anbie&amp;ter:</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Anbieterfilter</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Modellfilter</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>&amp;Cached only</source>
        <translation>Nur aus dem &amp;Cache</translation>
    </message>
    <message>
        <source>Show only answers from the cache</source>
        <translation>Nur Antworten aus dem Cache anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the rows matching the filters as CSV</source>
        <translation>Die zu den Filtern passenden Zeilen als CSV exportieren</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Details of the selected request</source>
        <translation>Details der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Ausgewählte Anfrage</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Request time</source>
        <translation>Zeitpunkt der Anfrage</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Endpoint and dialect</source>
        <translation>Endpunkt und Dialekt</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Routing:</translation>
    </message>
    <message>
        <source>Requested model, route and target</source>
        <translation>Angefragtes Modell, Route und Ziel</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status the client got</source>
        <translation>Status, den der Client erhalten hat</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Upstream attempts</source>
        <translation>Versuche beim Anbieter</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Timing:</source>
        <translation>Zeiten:</translation>
    </message>
    <message>
        <source>Latency and time to first byte</source>
        <translation>Latenz und Zeit bis zum ersten Byte</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <source>Bytes in and out</source>
        <translation>Bytes ein- und ausgehend</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache:</translation>
    </message>
    <message>
        <source>Cache hit and saved cost</source>
        <translation>Cache-Treffer und eingesparte Kosten</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loading state and messages</source>
        <translation>Ladezustand und Meldungen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Switchyard</source>
        <translation>Switchyard</translation>
    </message>
    <message>
        <source>Local endpoint</source>
        <translation>Lokaler Endpunkt</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Endpoint status</source>
        <translation>Status des Endpunkts</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL for OpenAI-compatible clients</source>
        <translation>Basis-URL für OpenAI-kompatible Clients</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy base URL</source>
        <translation>Basis-URL kopieren</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Requests served:</source>
        <translation>Beantwortete Anfragen:</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>Beantwortete Anfragen</translation>
    </message>
    <message>
        <source>In flight:</source>
        <translation>In Bearbeitung:</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Anfragen in Bearbeitung</translation>
    </message>
    <message>
        <source>Open connections:</source>
        <translation>Offene Verbindungen:</translation>
    </message>
    <message>
        <source>Open client connections</source>
        <translation>Offene Client-Verbindungen</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>The services Switchyard sends requests to. Keys go into your system keychain and are never shown again.</source>
        <translation>Die Dienste, an die Switchyard Anfragen sendet. Schlüssel werden im Schlüsselbund Ihres Systems gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the selected provider and list its models</source>
        <translation>Ausgewählten Anbieter testen und seine Modelle auflisten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>Ausgewählten Anbieter entfernen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Models the provider offers</source>
        <translation>Modelle des Anbieters</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Service to add</source>
        <translation>Hinzuzufügender Dienst</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the provider in Switchyard</source>
        <translation>Name des Anbieters in Switchyard</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL of the provider&apos;s API</source>
        <translation>Basis-URL der API des Anbieters</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key (stored in the system keychain)</source>
        <translation>API-Schlüssel (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Add provider</source>
        <translation>Anbieter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Local endpoint</source>
        <translation>Lokaler Endpunkt</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Endpoint state</source>
        <translation>Zustand des Endpunkts</translation>
    </message>
    <message>
        <source>Stop or start the endpoint</source>
        <translation>Endpunkt anhalten oder starten</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address the endpoint listens on</source>
        <translation>Adresse, unter der der Endpunkt erreichbar ist</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port the endpoint listens on</source>
        <translation>Port, unter dem der Endpunkt erreichbar ist</translation>
    </message>
    <message>
        <source>Require an app &amp;token on every request</source>
        <translation>Für jede Anfrage ein App-&amp;Token verlangen</translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation>Erlaubte &amp;Ursprünge:</translation>
    </message>
    <message>
        <source>Web origins allowed to call the endpoint, separated by commas</source>
        <translation>Web-Ursprünge, die den Endpunkt aufrufen dürfen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>none (browsers are refused)</source>
        <translation>keine (Browser werden abgewiesen)</translation>
    </message>
    <message>
        <source>Usage and cache</source>
        <translation>Nutzung und Cache</translation>
    </message>
    <message>
        <source>&amp;Record every request in the usage database</source>
        <translation>Anfragen in der Nutzungsdatenbank auf&amp;zeichnen</translation>
    </message>
    <message>
        <source>Keep request &amp;details for:</source>
        <translation>Anfrage&amp;details aufbewahren für:</translation>
    </message>
    <message>
        <source>Days to keep the details of each request</source>
        <translation>Tage, die die Details jeder Anfrage aufbewahrt werden</translation>
    </message>
    <message>
        <source>&amp;Cache identical deterministic requests</source>
        <translation>Identische deterministische Anfragen &amp;cachen</translation>
    </message>
    <message>
        <source>Cache &amp;lifetime:</source>
        <translation>Cache-&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>Seconds a cached answer stays valid</source>
        <translation>Sekunden, die eine zwischengespeicherte Antwort gültig bleibt</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Where usage and cache are stored</source>
        <translation>Speicherort von Nutzungsdaten und Cache</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Start Switchyard when I &amp;log in</source>
        <translation>Switchyard bei der A&amp;nmeldung starten</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language of the app (after a restart)</source>
        <translation>Sprache der App (nach einem Neustart)</translation>
    </message>
    <message>
        <source>Result of the last change</source>
        <translation>Ergebnis der letzten Änderung</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Einstellungen übernehmen</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::AppController</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use by another program (%3); choose another port. The endpoint keeps running on %4.</source>
        <translation>Port %1 auf %2 wird von einem anderen Programm verwendet (%3); wählen Sie einen anderen Port. Der Endpunkt läuft weiter unter %4.</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::AppsPage</name>
    <message numerus="yes">
        <source>%n request(s)/min</source>
        <translation>
            <numerusform>%n Anfrage/Min.</numerusform>
            <numerusform>%n Anfragen/Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>$%1/day</source>
        <translation>$%1/Tag</translation>
    </message>
    <message>
        <source>$%1/month</source>
        <translation>$%1/Monat</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation>Aktiv bis %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Could not create the app: %1</source>
        <translation>Die App konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Created the app &apos;%1&apos;. Copy its token now: Switchyard keeps only a hash of it and cannot show it again.</source>
        <translation>Die App „%1“ wurde erstellt. Kopieren Sie jetzt ihr Token: Switchyard speichert nur einen Hash davon und kann es nicht erneut anzeigen.</translation>
    </message>
    <message>
        <source>Revoke the app &apos;%1&apos;?</source>
        <translation>App „%1“ widerrufen?</translation>
    </message>
    <message>
        <source>Requests with its token will be refused from now on. This cannot be undone; the app will need a new token.</source>
        <translation>Anfragen mit ihrem Token werden ab sofort abgelehnt. Dies kann nicht rückgängig gemacht werden; die App benötigt dann ein neues Token.</translation>
    </message>
    <message>
        <source>Could not revoke &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht widerrufen werden: %2</translation>
    </message>
    <message>
        <source>Revoked the app &apos;%1&apos;.</source>
        <translation>Die App „%1“ wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::FirstRunWizard</name>
    <message>
        <source>Welcome to Switchyard</source>
        <translation>Willkommen bei Switchyard</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Create the provider, the default route and the app token</source>
        <translation>Anbieter, Standardroute und App-Token erstellen</translation>
    </message>
    <message>
        <source>Finish and close the welcome</source>
        <translation>Abschließen und die Begrüßung schließen</translation>
    </message>
    <message>
        <source>Cancel the welcome</source>
        <translation>Begrüßung abbrechen</translation>
    </message>
    <message>
        <source>One local endpoint for your scripts and tools, in front of every AI provider. Three steps: choose a provider, add its key, and copy a ready-to-use snippet.</source>
        <translation>Ein lokaler Endpunkt für Ihre Skripte und Werkzeuge, vor jedem KI-Anbieter. Drei Schritte: Wählen Sie einen Anbieter, fügen Sie seinen Schlüssel hinzu und kopieren Sie ein fertiges Code-Beispiel.</translation>
    </message>
    <message>
        <source>&amp;Which provider do you want to use first?</source>
        <translation>&amp;Welchen Anbieter möchten Sie zuerst verwenden?</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>%1 (on this computer, no key needed)</source>
        <translation>%1 (auf diesem Computer, kein Schlüssel nötig)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Switchyard keeps it in your system keychain, never in a file, and will not show it again.</source>
        <translation>Switchyard bewahrt ihn im Schlüsselbund des Systems auf, nie in einer Datei, und zeigt ihn nicht wieder an.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Storing the key</source>
        <translation>Schlüssel wird gespeichert</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Schlüsselstatus</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection again</source>
        <translation>Verbindung erneut testen</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>Standard&amp;modell:</translation>
    </message>
    <message>
        <source>“Create” adds the provider, a route named “default” that sends requests to this model, and a token for your first app.</source>
        <translation>„Erstellen“ fügt den Anbieter hinzu, eine Route namens „default“, die Anfragen an dieses Modell sendet, und ein Token für Ihre erste App.</translation>
    </message>
    <message>
        <source>Ready to go</source>
        <translation>Alles bereit</translation>
    </message>
    <message>
        <source>App &amp;token (copy it now: Switchyard keeps only a hash of it and cannot show it again):</source>
        <translation>App-&amp;Token (kopieren Sie es jetzt: Switchyard speichert nur einen Hash davon und kann es nicht erneut anzeigen):</translation>
    </message>
    <message>
        <source>App token</source>
        <translation>App-Token</translation>
    </message>
    <message>
        <source>Cop&amp;y token</source>
        <translation>Token kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the app token</source>
        <translation>App-Token kopieren</translation>
    </message>
    <message>
        <source>Use it &amp;from:</source>
        <translation>&amp;Verwenden mit:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Copy &amp;snippet</source>
        <translation>Code-Beispiel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the snippet</source>
        <translation>Code-Beispiel kopieren</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Code-Beispiel</translation>
    </message>
    <message>
        <source>https://&lt;your resource&gt;.openai.azure.com</source>
        <translation>https://&lt;Ihre Ressource&gt;.openai.azure.com</translation>
    </message>
    <message>
        <source>Enter your resource&apos;s endpoint, as shown in the Azure portal.</source>
        <translation>Geben Sie den Endpunkt Ihrer Ressource ein, wie er im Azure-Portal angezeigt wird.</translation>
    </message>
    <message>
        <source>Start %1 first; change the URL if it listens elsewhere.</source>
        <translation>Starten Sie zuerst %1; ändern Sie die URL, wenn es unter einer anderen Adresse erreichbar ist.</translation>
    </message>
    <message>
        <source>Leave the URL as it is unless you reach %1 through a proxy.</source>
        <translation>Lassen Sie die URL unverändert, es sei denn, Sie erreichen %1 über einen Proxy.</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain, so nothing was added: %1
Unlock the keychain (or start its service), then press “Next” to try again.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden, daher wurde nichts hinzugefügt: %1
Entsperren Sie den Schlüsselbund (oder starten Sie seinen Dienst) und klicken Sie dann erneut auf „Weiter“.</translation>
    </message>
    <message>
        <source>The key is in the keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Add your %1 key</source>
        <translation>Ihren %1-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Create a key in your %1 account, or copy an existing one (see &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;), and paste it below.</source>
        <translation>Erstellen Sie in Ihrem %1-Konto einen Schlüssel oder kopieren Sie einen vorhandenen (siehe &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;) und fügen Sie ihn unten ein.</translation>
    </message>
    <message>
        <source>Paste your %1 key below.</source>
        <translation>Fügen Sie Ihren %1-Schlüssel unten ein.</translation>
    </message>
    <message>
        <source>Switchyard asks %1 for its models. Choose the one your scripts get by default.</source>
        <translation>Switchyard fragt %1 nach seinen Modellen. Wählen Sie das Modell, das Ihre Skripte standardmäßig erhalten.</translation>
    </message>
    <message>
        <source>Done. Requests for the model “%1” now go to %2 at %3. Your app signs in with the token below; the snippet is ready to paste into a terminal or your code. Switchyard&apos;s endpoint is %4.</source>
        <translation>Fertig. Anfragen für das Modell „%1“ gehen jetzt an %2 bei %3. Ihre App meldet sich mit dem Token unten an; das Code-Beispiel können Sie direkt in ein Terminal oder Ihren Code einfügen. Der Endpunkt von Switchyard ist %4.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Modelle werden bei %1 abgefragt…</translation>
    </message>
    <message>
        <source>Check the key or the base URL (“Back”), then press “Test again”. If you know the model&apos;s name, you can also type it below.</source>
        <translation>Prüfen Sie den Schlüssel oder die Basis-URL („Zurück“) und klicken Sie dann auf „Erneut testen“. Wenn Sie den Namen des Modells kennen, können Sie ihn auch unten eingeben.</translation>
    </message>
    <message>
        <source>%1 answered but listed no models. Type the name of the model to use below.</source>
        <translation>%1 hat geantwortet, aber keine Modelle aufgeführt. Geben Sie unten den Namen des zu verwendenden Modells ein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered: %n model(s) available. Choose the one your scripts get by default.</source>
        <translation>
            <numerusform>%1 antwortete: %n Modell verfügbar. Wählen Sie das Modell, das Ihre Skripte standardmäßig erhalten.</numerusform>
            <numerusform>%1 antwortete: %n Modelle verfügbar. Wählen Sie das Modell, das Ihre Skripte standardmäßig erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a provider named &apos;%1&apos;; go back to the first step and start again.</source>
        <translation>Es gibt bereits einen Anbieter namens „%1“; gehen Sie zum ersten Schritt zurück und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>Could not create the app token: %1</source>
        <translation>Das App-Token konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the setup: %1</source>
        <translation>Die Einrichtung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Is %1 running? Start it or check the base URL (“Back”), then press “Test again”. If you know the model&apos;s name, you can also type it below.</source>
        <translation>Läuft %1? Starten Sie es oder prüfen Sie die Basis-URL („Zurück“) und klicken Sie dann auf „Erneut testen“. Wenn Sie den Namen des Modells kennen, können Sie ihn auch unten eingeben.</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::LogsPage</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Could not read the usage database: %1. Check the data folder&apos;s permissions, or the database URL in Settings.</source>
        <translation>Die Nutzungsdatenbank konnte nicht gelesen werden: %1. Prüfen Sie die Berechtigungen des Datenordners oder die Datenbank-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Anfragen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>No usage database: turn on usage storage in Settings to see requests here.</source>
        <translation>Keine Nutzungsdatenbank: Aktivieren Sie in den Einstellungen das Aufzeichnen der Nutzung, um hier Anfragen zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Scroll for more.</source>
        <translation>Scrollen Sie für weitere.</translation>
    </message>
    <message>
        <source>%1, %2 dialect%3</source>
        <translation>%1, Dialekt %2%3</translation>
    </message>
    <message>
        <source>, streamed</source>
        <translation>, gestreamt</translation>
    </message>
    <message>
        <source>%1 → %2 → %3%4</source>
        <translation>%1 → %2 → %3%4</translation>
    </message>
    <message>
        <source> (translated)</source>
        <translation> (übersetzt)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. %2/%3: %4%5, %6 ms</source>
        <translation>%1. %2/%3: %4%5, %6 ms</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>none (not sent upstream)</source>
        <translation>keine (nicht an einen Anbieter gesendet)</translation>
    </message>
    <message>
        <source>%1 in (%2 cached read, %3 cache write), %4 out (%5 reasoning)</source>
        <translation>%1 Eingabe (%2 aus dem Cache gelesen, %3 in den Cache geschrieben), %4 Ausgabe (%5 Reasoning)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(geschätzt)</translation>
    </message>
    <message>
        <source>%1 ms total, first byte after %2 ms</source>
        <translation>%1 ms gesamt, erstes Byte nach %2 ms</translation>
    </message>
    <message>
        <source>%1 ms total</source>
        <translation>%1 ms gesamt</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ein, %2 aus</translation>
    </message>
    <message>
        <source>Hit, saved %1</source>
        <translation>Treffer, %1 gespart</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Export finished: %L1 rows written.</source>
        <translation>Export abgeschlossen: %L1 Zeilen geschrieben.</translation>
    </message>
    <message>
        <source>Requests shown: %L1.</source>
        <translation>Angezeigte Anfragen: %L1.</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::MainWindow</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation>Basis-URL kopiert</translation>
    </message>
    <message>
        <source>The config %1 is invalid:
%2</source>
        <translation>Die Konfiguration %1 ist ungültig:
%2</translation>
    </message>
    <message>
        <source>Switchyard could not start the endpoint</source>
        <translation>Switchyard konnte den Endpunkt nicht starten</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Providers &amp; Keys</source>
        <translation>Anbieter &amp; Schlüssel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Switchyard keeps running</source>
        <translation>Switchyard läuft weiter</translation>
    </message>
    <message>
        <source>The endpoint still serves your apps. Quit from the tray icon&apos;s menu.</source>
        <translation>Der Endpunkt bedient Ihre Apps weiterhin. Beenden Sie Switchyard über das Menü des Symbols im Infobereich.</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::ProviderProbe</name>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 refused the key (HTTP %2): %3</source>
        <translation>%1 hat den Schlüssel abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::ProvidersPage</name>
    <message>
        <source>In the keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>In the keychain (%1)</source>
        <translation>Im Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>From $%1</source>
        <translation>Aus $%1</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Cooling down (%1 s)</source>
        <translation>Pausiert (%1 s)</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <source>Failing (%1% errors)</source>
        <translation>Fehlerhaft (%1 % Fehler)</translation>
    </message>
    <message>
        <source>OK · %1 ms · %2% errors</source>
        <translation>OK · %1 ms · %2 % Fehler</translation>
    </message>
    <message>
        <source>https://&lt;your resource&gt;.openai.azure.com</source>
        <translation>https://&lt;Ihre Ressource&gt;.openai.azure.com</translation>
    </message>
    <message>
        <source>Not needed for a local server</source>
        <translation>Für einen lokalen Server nicht nötig</translation>
    </message>
    <message>
        <source>Paste the key from %1</source>
        <translation>Schlüssel von %1 einfügen</translation>
    </message>
    <message>
        <source>There is already a provider named &apos;%1&apos;; choose another name.</source>
        <translation>Es gibt bereits einen Anbieter namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain, so nothing was added: %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden, daher wurde nichts hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Could not add &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;. Use “Test connection” to check the key and see its models.</source>
        <translation>„%1“ wurde hinzugefügt. Prüfen Sie mit „Verbindung testen“ den Schlüssel und die verfügbaren Modelle.</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by the route(s) %2: change them first.</source>
        <translation>„%1“ wird von Route(n) %2 verwendet: Ändern Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <source>The provider and its key in the keychain will be removed.</source>
        <translation>Der Anbieter und sein Schlüssel im Schlüsselbund werden entfernt.</translation>
    </message>
    <message>
        <source>Could not remove &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Modelle werden bei %1 abgefragt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered: %n model(s) available.</source>
        <translation>
            <numerusform>%1 antwortete: %n Modell verfügbar.</numerusform>
            <numerusform>%1 antwortete: %n Modelle verfügbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::SettingsPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Saved. The endpoint is restarting with the new address.</source>
        <translation>Gespeichert. Der Endpunkt startet mit der neuen Adresse neu.</translation>
    </message>
    <message>
        <source>Saved. The new language applies from the next start of Switchyard.</source>
        <translation>Gespeichert. Die neue Sprache gilt ab dem nächsten Start von Switchyard.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Erreichbar unter %1</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::TrayIcon</name>
    <message>
        <source>Show Switchyard</source>
        <translation>Switchyard anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Erreichbar unter %1</translation>
    </message>
    <message>
        <source>Endpoint stopped</source>
        <translation>Endpunkt angehalten</translation>
    </message>
    <message>
        <source>Spent today: %1</source>
        <translation>Heute ausgegeben: %1</translation>
    </message>
    <message>
        <source>Pause the endpoint</source>
        <translation>Endpunkt pausieren</translation>
    </message>
    <message>
        <source>Resume the endpoint</source>
        <translation>Endpunkt fortsetzen</translation>
    </message>
    <message>
        <source>Switchyard: listening on %1, %2 spent today</source>
        <translation>Switchyard: erreichbar unter %1, heute %2 ausgegeben</translation>
    </message>
    <message>
        <source>Switchyard: the endpoint is stopped</source>
        <translation>Switchyard: Der Endpunkt ist angehalten</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row; Switchyard sends its requests elsewhere for %1 s.</source>
        <translation>
            <numerusform>%n Fehler in Folge; Switchyard sendet seine Anfragen %1 s lang anderswohin.</numerusform>
            <numerusform>%n Fehler in Folge; Switchyard sendet seine Anfragen %1 s lang anderswohin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget warning: %1</source>
        <translation>Budgetwarnung: %1</translation>
    </message>
    <message>
        <source>%1 has spent %2 of its %3 budget of %4: its requests are refused until it resets.</source>
        <translation>%1 hat %2 seines %3-Budgets von %4 ausgegeben: Seine Anfragen werden bis zum Zurücksetzen abgelehnt.</translation>
    </message>
    <message>
        <source>%1 has spent %2 of its %3 budget of %4.</source>
        <translation>%1 hat %2 seines %3-Budgets von %4 ausgegeben.</translation>
    </message>
    <message>
        <source>the app &apos;%1&apos;</source>
        <translation>die App „%1“</translation>
    </message>
    <message>
        <source>the route &apos;%1&apos;</source>
        <translation>die Route „%1“</translation>
    </message>
    <message>
        <source>Switchyard</source>
        <translation>Switchyard</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>Tages</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>Monats</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::UsageLogModel</name>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>~%1 / %2</source>
        <translation>~%1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Provider/model</source>
        <translation>Anbieter/Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tokens in/out</source>
        <translation>Tokens ein/aus</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::UsageLogWorker</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage is not being recorded: %1</source>
        <translation>Die Nutzung wird nicht aufgezeichnet: %1</translation>
    </message>
</context>
</TS>
