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
    <message>
        <source>Limits of the selected app</source>
        <translation>Limits der ausgewählten App</translation>
    </message>
    <message>
        <source>Routes it may &amp;use (none ticked: every route and provider/model):</source>
        <translation>Erlaubte &amp;Routen (keine angehakt: alle Routen und Anbieter/Modelle):</translation>
    </message>
    <message>
        <source>Routes the app may use</source>
        <translation>Routen, die die App verwenden darf</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Anfragen pro M&amp;inute:</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Daily budget:</source>
        <translation>&amp;Tagesbudget:</translation>
    </message>
    <message>
        <source>Daily budget in dollars</source>
        <translation>Tagesbudget in Dollar</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>M&amp;onthly budget:</source>
        <translation>M&amp;onatsbudget:</translation>
    </message>
    <message>
        <source>Monthly budget in dollars</source>
        <translation>Monatsbudget in Dollar</translation>
    </message>
    <message>
        <source>&amp;Warn at:</source>
        <translation>Warnen &amp;bei:</translation>
    </message>
    <message>
        <source>Warn at this share of a budget</source>
        <translation>Bei diesem Anteil eines Budgets warnen</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Save &amp;limits</source>
        <translation>Limits &amp;speichern</translation>
    </message>
    <message>
        <source>Save the selected app&apos;s limits</source>
        <translation>Limits der ausgewählten App speichern</translation>
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
    <name>ChartTable</name>
    <message>
        <source>%L1 tokens</source>
        <translation>%L1 Tokens</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>%L1 %</source>
        <translation>%L1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
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
    <message>
        <source>&amp;Bodies:</source>
        <translation>&amp;Inhalte:</translation>
    </message>
    <message>
        <source>Request and response bodies</source>
        <translation>Anfrage- und Antwortinhalte</translation>
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
    <name>OverviewPage</name>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Spent today:</source>
        <translation>Heute ausgegeben:</translation>
    </message>
    <message>
        <source>Spent today</source>
        <translation>Heute ausgegeben</translation>
    </message>
    <message>
        <source>Requests today:</source>
        <translation>Anfragen heute:</translation>
    </message>
    <message>
        <source>Requests today</source>
        <translation>Anfragen heute</translation>
    </message>
    <message>
        <source>Errors today:</source>
        <translation>Fehler heute:</translation>
    </message>
    <message>
        <source>Errors today</source>
        <translation>Fehler heute</translation>
    </message>
    <message>
        <source>This month:</source>
        <translation>Diesen Monat:</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Diesen Monat ausgegeben</translation>
    </message>
    <message>
        <source>Monthly budget:</source>
        <translation>Monatsbudget:</translation>
    </message>
    <message>
        <source>This month&apos;s spend against the overall monthly budget</source>
        <translation>Ausgaben dieses Monats im Verhältnis zum Gesamt-Monatsbudget</translation>
    </message>
    <message>
        <source>Top models this month</source>
        <translation>Top-Modelle dieses Monats</translation>
    </message>
    <message>
        <source>Ran&amp;k by:</source>
        <translation>So&amp;rtieren nach:</translation>
    </message>
    <message>
        <source>Rank the top models by</source>
        <translation>Top-Modelle sortieren nach</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>&amp;Route or model:</source>
        <translation>&amp;Route oder Modell:</translation>
    </message>
    <message>
        <source>Route or model</source>
        <translation>Route oder Modell</translation>
    </message>
    <message>
        <source>A route name, or provider/model to call one model directly</source>
        <translation>Ein Routenname oder Anbieter/Modell, um ein Modell direkt aufzurufen</translation>
    </message>
    <message>
        <source>&amp;As app:</source>
        <translation>&amp;Als App:</translation>
    </message>
    <message>
        <source>As app</source>
        <translation>Als App</translation>
    </message>
    <message>
        <source>The app the request is counted for; an app&apos;s route limits and budgets apply to it</source>
        <translation>Die App, der die Anfrage zugerechnet wird; deren Routenbeschränkungen und Budgets gelten für sie</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>S&amp;ystem-Prompt:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Prompt (Ctrl+Enter sends):</source>
        <translation>&amp;Prompt (Strg+Eingabe sendet):</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>S&amp;tream the reply</source>
        <translation>An&amp;twort streamen</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>A&amp;ntwort:</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>How it was served</source>
        <translation>Wie die Anfrage bearbeitet wurde</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <source>Served by:</source>
        <translation>Beantwortet von:</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latenz:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
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
    <name>RoutesPage</name>
    <message>
        <source>A route is a model name your apps can ask for. Draw where its requests go: drag models onto the graph, order them, choose how the route picks among them, then Apply. Edits stay a draft until then.</source>
        <translation>Eine Route ist ein Modellname, den Ihre Apps anfragen können. Legen Sie fest, wohin ihre Anfragen gehen: Ziehen Sie Modelle auf den Graphen, ordnen Sie sie an, wählen Sie, wie die Route zwischen ihnen auswählt, und klicken Sie dann auf „Übernehmen“. Bis dahin bleiben Änderungen ein Entwurf.</translation>
    </message>
    <message>
        <source>&amp;Routes:</source>
        <translation>&amp;Routen:</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>The routes: what clients ask for as &quot;model&quot;. Double-click or F2 to rename.</source>
        <translation>Die Routen: was Clients als „model“ anfragen. Doppelklick oder F2 zum Umbenennen.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected route</source>
        <translation>Ausgewählte Route umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected route</source>
        <translation>Ausgewählte Route duplizieren</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected route</source>
        <translation>Ausgewählte Route entfernen</translation>
    </message>
    <message>
        <source>&amp;Models (drag onto the graph):</source>
        <translation>&amp;Modelle (auf den Graphen ziehen):</translation>
    </message>
    <message>
        <source>Models and routes to add as targets</source>
        <translation>Modelle und Routen, die als Ziele hinzugefügt werden können</translation>
    </message>
    <message>
        <source>Drag a model onto the graph where it should go, or press Enter to add it at the end.</source>
        <translation>Ziehen Sie ein Modell an die gewünschte Stelle im Graphen oder drücken Sie die Eingabetaste, um es am Ende hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add &amp;to route</source>
        <translation>Zur Route hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add the chosen model to the route</source>
        <translation>Gewähltes Modell zur Route hinzufügen</translation>
    </message>
    <message>
        <source>Applied versions</source>
        <translation>Übernommene Versionen</translation>
    </message>
    <message>
        <source>Applied versions of the config, newest first</source>
        <translation>Übernommene Versionen der Konfiguration, neueste zuerst</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the chosen version</source>
        <translation>Gewählte Version wiederherstellen</translation>
    </message>
    <message>
        <source>Apply the chosen version again (the apps&apos; access tokens stay as they are now).</source>
        <translation>Die gewählte Version erneut übernehmen (die Zugriffstokens der Apps bleiben, wie sie jetzt sind).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected target up</source>
        <translation>Ausgewähltes Ziel nach oben verschieben</translation>
    </message>
    <message>
        <source>Alt+Up in the graph</source>
        <translation>Alt+Pfeil nach oben im Graphen</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Move the selected target down</source>
        <translation>Ausgewähltes Ziel nach unten verschieben</translation>
    </message>
    <message>
        <source>Alt+Down in the graph</source>
        <translation>Alt+Pfeil nach unten im Graphen</translation>
    </message>
    <message>
        <source>Remove tar&amp;get</source>
        <translation>&amp;Ziel entfernen</translation>
    </message>
    <message>
        <source>Remove the selected target</source>
        <translation>Ausgewähltes Ziel entfernen</translation>
    </message>
    <message>
        <source>Delete in the graph</source>
        <translation>Entf im Graphen</translation>
    </message>
    <message>
        <source>Route graph</source>
        <translation>Routengraph</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>State of the draft</source>
        <translation>Zustand des Entwurfs</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the edits not applied yet</source>
        <translation>Noch nicht übernommene Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Apply an&amp;yway</source>
        <translation>&amp;Trotzdem übernehmen</translation>
    </message>
    <message>
        <source>Apply although the model catalog does not list a model</source>
        <translation>Übernehmen, obwohl der Modellkatalog ein Modell nicht aufführt</translation>
    </message>
    <message>
        <source>The model catalog can be behind a provider: apply with the models as they are.</source>
        <translation>Der Modellkatalog kann hinter dem Stand eines Anbieters zurückliegen: Mit den Modellen übernehmen, wie sie sind.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Apply the routes to the running endpoint</source>
        <translation>Routen auf den laufenden Endpunkt anwenden</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Ausgewählter Knoten</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Route name</source>
        <translation>Routenname</translation>
    </message>
    <message>
        <source>What clients send as &quot;model&quot;. Letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;:&quot;, &quot;@&quot;, &quot;-&quot;.</source>
        <translation>Was Clients als „model“ senden. Buchstaben, Ziffern, „.“, „_“, „:“, „@“, „-“.</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>What the strategy does</source>
        <translation>Was die Strategie bewirkt</translation>
    </message>
    <message>
        <source>Weights (share of first picks)</source>
        <translation>Gewichtungen (Anteil an der ersten Wahl)</translation>
    </message>
    <message>
        <source>Retries and fallback</source>
        <translation>Wiederholungen und Fallback</translation>
    </message>
    <message>
        <source>Retr&amp;ies per target:</source>
        <translation>W&amp;iederholungen pro Ziel:</translation>
    </message>
    <message>
        <source>Retries per target</source>
        <translation>Wiederholungen pro Ziel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>First &amp;backoff:</source>
        <translation>Erste &amp;Wartezeit:</translation>
    </message>
    <message>
        <source>First backoff in milliseconds</source>
        <translation>Erste Wartezeit in Millisekunden</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Longest backo&amp;ff:</source>
        <translation>&amp;Längste Wartezeit:</translation>
    </message>
    <message>
        <source>Longest backoff in milliseconds</source>
        <translation>Längste Wartezeit in Millisekunden</translation>
    </message>
    <message>
        <source>Move on to the next target on:</source>
        <translation>Zum nächsten Ziel wechseln bei:</translation>
    </message>
    <message>
        <source>connection errors</source>
        <translation>Verbindungsfehlern</translation>
    </message>
    <message>
        <source>Next target on connection errors</source>
        <translation>Nächstes Ziel bei Verbindungsfehlern</translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation>Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>Next target on timeouts</source>
        <translation>Nächstes Ziel bei Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>5xx errors</source>
        <translation>5xx-Fehlern</translation>
    </message>
    <message>
        <source>Next target on server errors</source>
        <translation>Nächstes Ziel bei Serverfehlern</translation>
    </message>
    <message>
        <source>rate limits (429)</source>
        <translation>Ratenlimits (429)</translation>
    </message>
    <message>
        <source>Next target on rate limits</source>
        <translation>Nächstes Ziel bei Ratenlimits</translation>
    </message>
    <message>
        <source>prompt too long</source>
        <translation>zu langem Prompt</translation>
    </message>
    <message>
        <source>Next target when the prompt is too long</source>
        <translation>Nächstes Ziel, wenn der Prompt zu lang ist</translation>
    </message>
    <message>
        <source>content filter</source>
        <translation>Inhaltsfilter</translation>
    </message>
    <message>
        <source>Next target when the content filter refuses</source>
        <translation>Nächstes Ziel, wenn der Inhaltsfilter ablehnt</translation>
    </message>
    <message>
        <source>Sticky sessions</source>
        <translation>Sitzungsbindung</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Sticky session header</source>
        <translation>Header für die Sitzungsbindung</translation>
    </message>
    <message>
        <source>e.g. x-claude-code-session-id</source>
        <translation>z. B. x-claude-code-session-id</translation>
    </message>
    <message>
        <source>Bod&amp;y field:</source>
        <translation>Bod&amp;y-Feld:</translation>
    </message>
    <message>
        <source>Sticky session body field</source>
        <translation>Body-Feld für die Sitzungsbindung</translation>
    </message>
    <message>
        <source>e.g. prompt_cache_key</source>
        <translation>z. B. prompt_cache_key</translation>
    </message>
    <message>
        <source>Response cache</source>
        <translation>Antwort-Cache</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <source>Response cache for this route</source>
        <translation>Antwort-Cache für diese Route</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>Gültig&amp;keit:</translation>
    </message>
    <message>
        <source>Cache time to live in seconds</source>
        <translation>Gültigkeitsdauer im Cache in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>the global setting</source>
        <translation>globale Einstellung</translation>
    </message>
    <message>
        <source>Non-&amp;deterministic:</source>
        <translation>Nicht-&amp;deterministisch:</translation>
    </message>
    <message>
        <source>Cache non-deterministic requests</source>
        <translation>Nicht-deterministische Anfragen cachen</translation>
    </message>
    <message>
        <source>Budget for this route</source>
        <translation>Budget für diese Route</translation>
    </message>
    <message>
        <source>Per da&amp;y:</source>
        <translation>Pro Ta&amp;g:</translation>
    </message>
    <message>
        <source>Daily budget in dollars</source>
        <translation>Tagesbudget in Dollar</translation>
    </message>
    <message>
        <source> $</source>
        <translation> $</translation>
    </message>
    <message>
        <source>Per mon&amp;th:</source>
        <translation>Pro Mona&amp;t:</translation>
    </message>
    <message>
        <source>Monthly budget in dollars</source>
        <translation>Monatsbudget in Dollar</translation>
    </message>
    <message>
        <source>&amp;Warn at:</source>
        <translation>Wa&amp;rnen bei:</translation>
    </message>
    <message>
        <source>Warn at this percentage of the budget</source>
        <translation>Bei diesem Prozentsatz des Budgets warnen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Kind of target</source>
        <translation>Typ des Ziels</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>Anb&amp;ieter:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>Mo&amp;dell:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Nested ro&amp;ute:</source>
        <translation>Verschachtelte Ro&amp;ute:</translation>
    </message>
    <message>
        <source>Nested route</source>
        <translation>Verschachtelte Route</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Share of first picks</source>
        <translation>Anteil an der ersten Wahl</translation>
    </message>
    <message>
        <source>Limits (0: none)</source>
        <translation>Limits (0: keine)</translation>
    </message>
    <message>
        <source>In &amp;flight at most:</source>
        <translation>Hö&amp;chstens in Bearbeitung:</translation>
    </message>
    <message>
        <source>Requests in flight at most</source>
        <translation>Höchstens gleichzeitig in Bearbeitung</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Re&amp;quests per minute:</source>
        <translation>Anfragen pro &amp;Minute:</translation>
    </message>
    <message>
        <source>Requests per minute at most</source>
        <translation>Höchstens Anfragen pro Minute</translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation>To&amp;kens pro Minute:</translation>
    </message>
    <message>
        <source>Tokens per minute at most</source>
        <translation>Höchstens Tokens pro Minute</translation>
    </message>
    <message>
        <source>Timeouts (0: global)</source>
        <translation>Zeitlimits (0: global)</translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation>Verbindungs&amp;aufbau:</translation>
    </message>
    <message>
        <source>Connect timeout in milliseconds</source>
        <translation>Zeitlimit für den Verbindungsaufbau in Millisekunden</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>First &amp;byte:</source>
        <translation>Erstes B&amp;yte:</translation>
    </message>
    <message>
        <source>First byte timeout in milliseconds</source>
        <translation>Zeitlimit bis zum ersten Byte in Millisekunden</translation>
    </message>
    <message>
        <source>&amp;Idle:</source>
        <translation>&amp;Leerlauf:</translation>
    </message>
    <message>
        <source>Idle timeout in milliseconds</source>
        <translation>Zeitlimit bei Leerlauf in Millisekunden</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>Ge&amp;samt:</translation>
    </message>
    <message>
        <source>Total timeout in milliseconds</source>
        <translation>Gesamtes Zeitlimit in Millisekunden</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latenz:</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Katalog:</translation>
    </message>
    <message>
        <source>What the model catalog knows</source>
        <translation>Was der Modellkatalog weiß</translation>
    </message>
    <message>
        <source>Problems with this target</source>
        <translation>Probleme mit diesem Ziel</translation>
    </message>
</context>
<context>
    <name>RuleChecks</name>
    <message>
        <source>invalid regular expression at offset %1: %2</source>
        <translation>ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
    <message>
        <source>A group needs at least one condition.</source>
        <translation>Eine Gruppe braucht mindestens eine Bedingung.</translation>
    </message>
    <message>
        <source>&quot;Not&quot; takes exactly one condition (put several in an &quot;all&quot; or &quot;any&quot; group).</source>
        <translation>„Nicht“ enthält genau eine Bedingung (fassen Sie mehrere in einer Gruppe „Alle“ oder „Mindestens eine“ zusammen).</translation>
    </message>
    <message>
        <source>Give at least one name or pattern.</source>
        <translation>Geben Sie mindestens einen Namen oder ein Muster an.</translation>
    </message>
    <message>
        <source>Names must not be empty.</source>
        <translation>Namen dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>Give the header&apos;s name.</source>
        <translation>Geben Sie den Namen des Headers an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP header name.</source>
        <translation>„%1“ ist kein HTTP-Header-Name.</translation>
    </message>
    <message>
        <source>Give a minimum, a maximum or both.</source>
        <translation>Geben Sie ein Minimum, ein Maximum oder beides an.</translation>
    </message>
    <message>
        <source>The maximum must be at least the minimum.</source>
        <translation>Das Maximum darf nicht kleiner als das Minimum sein.</translation>
    </message>
    <message>
        <source>Give a keyword or a regular expression.</source>
        <translation>Geben Sie ein Stichwort oder einen regulären Ausdruck an.</translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>The window&apos;s start and end must differ (turn off the hours for the whole day).</source>
        <translation>Beginn und Ende des Zeitfensters müssen sich unterscheiden (für den ganzen Tag schalten Sie die Uhrzeiten aus).</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>There is no route &apos;%1&apos;.</source>
        <translation>Es gibt keine Route „%1“.</translation>
    </message>
    <message>
        <source>A target is written provider/model, as in openai/gpt-4o.</source>
        <translation>Ein Ziel wird als Anbieter/Modell geschrieben, z. B. openai/gpt-4o.</translation>
    </message>
    <message>
        <source>There is no provider &apos;%1&apos;.</source>
        <translation>Es gibt keinen Anbieter „%1“.</translation>
    </message>
    <message>
        <source>Parameters must not set &quot;model&quot; or &quot;stream&quot; (choose a route or target instead).</source>
        <translation>Parameter dürfen „model“ und „stream“ nicht setzen (wählen Sie stattdessen eine Route oder ein Ziel).</translation>
    </message>
    <message>
        <source>Tags must not be empty.</source>
        <translation>Tags dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>The rule does nothing: choose where it sends requests, or a cap, parameters or tags.</source>
        <translation>Die Regel bewirkt nichts: Wählen Sie, wohin sie Anfragen sendet, oder eine Begrenzung, Parameter oder Tags.</translation>
    </message>
    <message>
        <source>All of (group)</source>
        <translation>Alle (Gruppe)</translation>
    </message>
    <message>
        <source>Any of (group)</source>
        <translation>Mindestens eine (Gruppe)</translation>
    </message>
    <message>
        <source>Not (group)</source>
        <translation>Nicht (Gruppe)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>Has images</source>
        <translation>Enthält Bilder</translation>
    </message>
    <message>
        <source>Has tools</source>
        <translation>Enthält Tools</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Last user message</source>
        <translation>Letzte Benutzernachricht</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Always (every request)</source>
        <translation>Immer (jede Anfrage)</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any of</source>
        <translation>Mindestens eine</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Nicht</translation>
    </message>
    <message>
        <source>model is %1</source>
        <translation>Modell ist %1</translation>
    </message>
    <message>
        <source>app is %1</source>
        <translation>App ist %1</translation>
    </message>
    <message>
        <source>header %1 equals %2</source>
        <translation>Header %1 ist gleich %2</translation>
    </message>
    <message>
        <source>header %1 matches /%2/</source>
        <translation>Header %1 passt auf /%2/</translation>
    </message>
    <message>
        <source>header %1 is present</source>
        <translation>Header %1 ist vorhanden</translation>
    </message>
    <message>
        <source>header %1 is absent</source>
        <translation>Header %1 fehlt</translation>
    </message>
    <message>
        <source>prompt tokens from %L1 to %L2</source>
        <translation>Prompt-Tokens von %L1 bis %L2</translation>
    </message>
    <message>
        <source>prompt tokens at least %L1</source>
        <translation>Prompt-Tokens mindestens %L1</translation>
    </message>
    <message>
        <source>prompt tokens at most %L1</source>
        <translation>Prompt-Tokens höchstens %L1</translation>
    </message>
    <message>
        <source>has images</source>
        <translation>enthält Bilder</translation>
    </message>
    <message>
        <source>has no images</source>
        <translation>enthält keine Bilder</translation>
    </message>
    <message>
        <source>has tools</source>
        <translation>enthält Tools</translation>
    </message>
    <message>
        <source>has no tools</source>
        <translation>enthält keine Tools</translation>
    </message>
    <message>
        <source>is streamed</source>
        <translation>wird gestreamt</translation>
    </message>
    <message>
        <source>is not streamed</source>
        <translation>wird nicht gestreamt</translation>
    </message>
    <message>
        <source>last user message contains &apos;%1&apos;</source>
        <translation>letzte Benutzernachricht enthält „%1“</translation>
    </message>
    <message>
        <source>last user message matches /%1/</source>
        <translation>letzte Benutzernachricht passt auf /%1/</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>time %1 on %2</source>
        <translation>Zeit %1, %2</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>%1 spend this %2 at least $%3</source>
        <translation>Ausgaben (%1, %2) mindestens $%3</translation>
    </message>
    <message>
        <source>route to &apos;%1&apos;</source>
        <translation>an Route „%1“ leiten</translation>
    </message>
    <message>
        <source>send to &apos;%1&apos;</source>
        <translation>an „%1“ senden</translation>
    </message>
    <message>
        <source>refuse: %1</source>
        <translation>ablehnen: %1</translation>
    </message>
    <message>
        <source>cap output at %L1 tokens</source>
        <translation>Ausgabe auf %L1 Tokens begrenzen</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>mit %1 taggen</translation>
    </message>
    <message>
        <source>the requested model as named</source>
        <translation>das angefragte Modell, wie angegeben</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Rules pick where a request goes before any route&apos;s strategy. Edit a draft, try it in the tester or replay logged requests against it, then apply.</source>
        <translation>Regeln bestimmen, wohin eine Anfrage geht, noch vor der Strategie einer Route. Bearbeiten Sie einen Entwurf, probieren Sie ihn im Test aus oder spielen Sie protokollierte Anfragen daran durch und übernehmen Sie ihn dann.</translation>
    </message>
    <message>
        <source>&amp;Rules, tried in order (the first that matches decides):</source>
        <translation>&amp;Regeln, der Reihe nach geprüft (die erste passende entscheidet):</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupl&amp;izieren</translation>
    </message>
    <message>
        <source>Duplicate the selected rule</source>
        <translation>Ausgewählte Regel duplizieren</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected rule up</source>
        <translation>Ausgewählte Regel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation>Ausgewählte Regel nach unten verschieben</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Add co&amp;ndition</source>
        <translation>Be&amp;dingung hinzufügen</translation>
    </message>
    <message>
        <source>Add a condition to the selected group</source>
        <translation>Bedingung zur ausgewählten Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>&amp;Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add a group of conditions to the selected group</source>
        <translation>Gruppe von Bedingungen zur ausgewählten Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the selected condition</source>
        <translation>Ausgewählte Bedingung entfernen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Senden an:</translation>
    </message>
    <message>
        <source>Where the request goes</source>
        <translation>Wohin die Anfrage geht</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>Ro&amp;ute:</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Target provider/model</source>
        <translation>Ziel (Anbieter/Modell)</translation>
    </message>
    <message>
        <source>Re&amp;fusal message:</source>
        <translation>Ablehnungs&amp;meldung:</translation>
    </message>
    <message>
        <source>Refusal message</source>
        <translation>Ablehnungsmeldung</translation>
    </message>
    <message>
        <source>&amp;Cap max tokens:</source>
        <translation>Max. To&amp;kens begrenzen:</translation>
    </message>
    <message>
        <source>Cap on max tokens</source>
        <translation>Obergrenze für max. Tokens</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>Set &amp;parameters:</source>
        <translation>&amp;Parameter setzen:</translation>
    </message>
    <message>
        <source>Request parameters to set, as JSON</source>
        <translation>Zu setzende Anfrageparameter, als JSON</translation>
    </message>
    <message>
        <source>{&quot;temperature&quot;: 0}</source>
        <translation>{&quot;temperature&quot;: 0}</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Tags for the usage log</source>
        <translation>Tags für das Nutzungsprotokoll</translation>
    </message>
    <message>
        <source>work, long (comma-separated)</source>
        <translation>arbeit, lang (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Problem with the action</source>
        <translation>Problem mit der Aktion</translation>
    </message>
    <message>
        <source>Tester and replay</source>
        <translation>Test und Durchspielen</translation>
    </message>
    <message>
        <source>&amp;Tester</source>
        <translation>Tes&amp;t</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>An&amp;frage:</translation>
    </message>
    <message>
        <source>Compose a request or pick a logged one</source>
        <translation>Anfrage zusammenstellen oder eine protokollierte wählen</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Requested model</source>
        <translation>Angefragtes Modell</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>A&amp;pp:</translation>
    </message>
    <message>
        <source>App (access token)</source>
        <translation>App (Zugriffstoken)</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Headers, one name: value per line</source>
        <translation>Header, einer pro Zeile als Name: Wert</translation>
    </message>
    <message>
        <source>x-team: ml</source>
        <translation>x-team: ml</translation>
    </message>
    <message>
        <source>Last &amp;user message:</source>
        <translation>Letzte Benutzerna&amp;chricht:</translation>
    </message>
    <message>
        <source>Last user message</source>
        <translation>Letzte Benutzernachricht</translation>
    </message>
    <message>
        <source>Prompt t&amp;okens:</source>
        <translation>Prompt-T&amp;okens:</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>estimate from the message</source>
        <translation>aus der Nachricht schätzen</translation>
    </message>
    <message>
        <source>Ima&amp;ges</source>
        <translation>Bil&amp;der</translation>
    </message>
    <message>
        <source>The request has images</source>
        <translation>Die Anfrage enthält Bilder</translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation>Too&amp;ls</translation>
    </message>
    <message>
        <source>The request has tools</source>
        <translation>Die Anfrage enthält Tools</translation>
    </message>
    <message>
        <source>Strea&amp;m</source>
        <translation>Strea&amp;m</translation>
    </message>
    <message>
        <source>The request is streamed</source>
        <translation>Die Anfrage wird gestreamt</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Ze&amp;it:</translation>
    </message>
    <message>
        <source>Local time of the request</source>
        <translation>Ortszeit der Anfrage</translation>
    </message>
    <message>
        <source>ddd yyyy-MM-dd HH:mm</source>
        <translation>ddd dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rule trace</source>
        <translation>Regelverlauf</translation>
    </message>
    <message>
        <source>Targets in the order they would be tried</source>
        <translation>Ziele in der Reihenfolge, in der sie versucht würden</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>Durch&amp;spielen</translation>
    </message>
    <message>
        <source>Replays logged requests against the draft, without calling any provider: which would go elsewhere, and what they would cost there.</source>
        <translation>Spielt protokollierte Anfragen am Entwurf durch, ohne einen Anbieter aufzurufen: welche woanders hingehen würden und was sie dort kosten würden.</translation>
    </message>
    <message>
        <source>&amp;Last requests:</source>
        <translation>Letzte A&amp;nfragen:</translation>
    </message>
    <message>
        <source>How many logged requests to replay</source>
        <translation>Wie viele protokollierte Anfragen durchgespielt werden</translation>
    </message>
    <message>
        <source>Repla&amp;y</source>
        <translation>&amp;Jetzt durchspielen</translation>
    </message>
    <message>
        <source>Replay the logged requests against the draft</source>
        <translation>Protokollierte Anfragen am Entwurf durchspielen</translation>
    </message>
    <message>
        <source>Replay in progress</source>
        <translation>Durchlauf läuft</translation>
    </message>
    <message>
        <source>Replay summary</source>
        <translation>Zusammenfassung des Durchlaufs</translation>
    </message>
    <message>
        <source>Requests that would change</source>
        <translation>Anfragen, die sich ändern würden</translation>
    </message>
    <message>
        <source>Draft status and errors</source>
        <translation>Entwurfsstatus und Fehler</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the draft&apos;s changes</source>
        <translation>Änderungen des Entwurfs verwerfen</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Apply the draft rules</source>
        <translation>Regeln des Entwurfs übernehmen</translation>
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
    <message>
        <source>Keep request and response &amp;bodies for Logs (secrets redacted)</source>
        <translation>Anfrage- und Antwort&amp;inhalte für die Protokolle aufbewahren (Geheimnisse geschwärzt)</translation>
    </message>
    <message>
        <source>Off by default: prompts and answers are then stored in the usage database, at most 1 MiB each, and deleted with the request details</source>
        <translation>Standardmäßig aus: Prompts und Antworten werden dann in der Nutzungsdatenbank gespeichert, jeweils höchstens 1 MiB, und zusammen mit den Anfragedetails gelöscht</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Colour theme of the app</source>
        <translation>Farbschema der App</translation>
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
    <message>
        <source>Limits of &apos;%1&apos;</source>
        <translation>Limits von „%1“</translation>
    </message>
    <message>
        <source>Limits of the selected app</source>
        <translation>Limits der ausgewählten App</translation>
    </message>
    <message>
        <source>Could not save the limits of &apos;%1&apos;: %2</source>
        <translation>Die Limits von „%1“ konnten nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the limits of &apos;%1&apos;; they apply to its next request.</source>
        <translation>Die Limits von „%1“ wurden gespeichert; sie gelten ab der nächsten Anfrage.</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::BudgetPanel</name>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>No budgets set. Set an overall budget in Settings, or one per route or per app, and watch them here.</source>
        <translation>Keine Budgets festgelegt. Legen Sie in den Einstellungen ein Gesamtbudget oder eines pro Route oder App fest und behalten Sie sie hier im Blick.</translation>
    </message>
    <message>
        <source>Everything, today</source>
        <translation>Gesamt, heute</translation>
    </message>
    <message>
        <source>Everything, this month</source>
        <translation>Gesamt, diesen Monat</translation>
    </message>
    <message>
        <source>Route “%1”, today</source>
        <translation>Route „%1“, heute</translation>
    </message>
    <message>
        <source>Route “%1”, this month</source>
        <translation>Route „%1“, diesen Monat</translation>
    </message>
    <message>
        <source>App “%1”, today</source>
        <translation>App „%1“, heute</translation>
    </message>
    <message>
        <source>App “%1”, this month</source>
        <translation>App „%1“, diesen Monat</translation>
    </message>
    <message>
        <source>%1: spend against the budget</source>
        <translation>%1: Ausgaben im Verhältnis zum Budget</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 spent (%3 %); warning at %4 %, requests are refused at the limit.</source>
        <translation>%1 von %2 ausgegeben (%3 %); Warnung bei %4 %, beim Erreichen des Limits werden Anfragen abgelehnt.</translation>
    </message>
    <message>
        <source>Forecast: %1, over the budget</source>
        <translation>Prognose: %1, über dem Budget</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Prognose: %1</translation>
    </message>
    <message>
        <source>%1: forecast</source>
        <translation>%1: Prognose</translation>
    </message>
    <message>
        <source>A straight line from the spend so far: %1 in %2 of this period, continued to its end (%3 UTC). Periods are UTC days and months, as the gateway counts them.</source>
        <translation>Lineare Fortschreibung der bisherigen Ausgaben: %1 in %2 dieses Zeitraums, fortgesetzt bis zu seinem Ende (%3 UTC). Zeiträume sind UTC-Tage und -Monate, so wie das Gateway sie zählt.</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 h</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::ConditionEditor</name>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>Condition settings</source>
        <translation>Einstellungen der Bedingung</translation>
    </message>
    <message>
        <source>A group holds conditions: add them with the buttons above the tree. &quot;Not&quot; holds exactly one.</source>
        <translation>Eine Gruppe enthält Bedingungen: Fügen Sie sie mit den Schaltflächen über dem Baum hinzu. „Nicht“ enthält genau eine.</translation>
    </message>
    <message>
        <source>Names or patterns</source>
        <translation>Namen oder Muster</translation>
    </message>
    <message>
        <source>gpt-4o, claude-*  (comma-separated; * and ? are wildcards)</source>
        <translation>gpt-4o, claude-*  (durch Kommas getrennt; * und ? sind Platzhalter)</translation>
    </message>
    <message>
        <source>&amp;Is one of:</source>
        <translation>Ist &amp;einer von:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>x-team</source>
        <translation>x-team</translation>
    </message>
    <message>
        <source>Header test</source>
        <translation>Header-Prüfung</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>ist vorhanden</translation>
    </message>
    <message>
        <source>is absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>equals one of</source>
        <translation>ist gleich einem von</translation>
    </message>
    <message>
        <source>matches the regular expression</source>
        <translation>passt auf den regulären Ausdruck</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Prompt token test</source>
        <translation>Prüfung der Prompt-Tokens</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>between (inclusive)</source>
        <translation>zwischen (einschließlich)</translation>
    </message>
    <message>
        <source>Minimum prompt tokens</source>
        <translation>Minimum an Prompt-Tokens</translation>
    </message>
    <message>
        <source>Maximum prompt tokens</source>
        <translation>Maximum an Prompt-Tokens</translation>
    </message>
    <message>
        <source>&amp;Prompt tokens (estimated):</source>
        <translation>&amp;Prompt-Tokens (geschätzt):</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>M&amp;aximum:</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Erwarteter Wert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&amp;Is:</source>
        <translation>&amp;Ist:</translation>
    </message>
    <message>
        <source>Message test</source>
        <translation>Nachrichtenprüfung</translation>
    </message>
    <message>
        <source>contains the keyword (any case)</source>
        <translation>enthält das Stichwort (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <source>Keyword or regular expression</source>
        <translation>Stichwort oder regulärer Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>The &amp;whole day</source>
        <translation>Den &amp;ganzen Tag</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>Den ganzen Tag</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>Von (Ortszeit)</translation>
    </message>
    <message>
        <source>Until (local time, not included)</source>
        <translation>Bis (Ortszeit, ausschließlich)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Whose spend</source>
        <translation>Wessen Ausgaben</translation>
    </message>
    <message>
        <source>the app&apos;s</source>
        <translation>der App</translation>
    </message>
    <message>
        <source>the route&apos;s</source>
        <translation>der Route</translation>
    </message>
    <message>
        <source>everything&apos;s</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>diesen Monat</translation>
    </message>
    <message>
        <source>At or above, in US dollars</source>
        <translation>Ab diesem Betrag, in US-Dollar</translation>
    </message>
    <message>
        <source>&amp;Spend:</source>
        <translation>&amp;Ausgaben:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>At or &amp;above:</source>
        <translation>&amp;Mindestens:</translation>
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
    <message>
        <source>https://&lt;the service&gt;/v1</source>
        <translation>https://&lt;der Dienst&gt;/v1</translation>
    </message>
    <message>
        <source>Enter the service&apos;s base URL, up to and including its version (often /v1).</source>
        <translation>Geben Sie die Basis-URL des Dienstes an, bis einschließlich der Version (oft /v1).</translation>
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
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No bodies were kept for this request: body logging is off (it can be turned on in Settings; secrets are redacted).</source>
        <translation>Für diese Anfrage wurden keine Inhalte aufbewahrt: Das Aufbewahren der Inhalte ist ausgeschaltet (es lässt sich in den Einstellungen einschalten; Geheimnisse werden geschwärzt).</translation>
    </message>
    <message>
        <source>Request headers (credentials redacted):
%1

Request:
%2

</source>
        <translation>Header der Anfrage (Zugangsdaten geschwärzt):
%1

Anfrage:
%2

</translation>
    </message>
    <message>
        <source>The provider&apos;s response headers:
%1

</source>
        <translation>Header der Antwort des Anbieters:
%1

</translation>
    </message>
    <message>
        <source>Response:
%1</source>
        <translation>Antwort:
%1</translation>
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
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::OverviewPage</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Could not read the usage database: %1</source>
        <translation>Die Nutzungsdatenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 + %L2 unpriced</source>
        <translation>%1 + %L2 ohne Preis</translation>
    </message>
    <message>
        <source>Exactly %1 since midnight</source>
        <translation>Genau %1 seit Mitternacht</translation>
    </message>
    <message>
        <source>Exactly %1 today (UTC). Turn on usage storage in Settings for requests and charts.</source>
        <translation>Heute (UTC) genau %1. Aktivieren Sie in den Einstellungen das Aufzeichnen der Nutzung, um Anfragen und Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>%L1 (%L2 %)</source>
        <translation>%L1 (%L2 %)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 %, forecast %2</source>
        <translation>%1 %, Prognose %2</translation>
    </message>
    <message>
        <source>The forecast continues this month&apos;s pace so far in a straight line to its end.</source>
        <translation>Die Prognose schreibt das bisherige Tempo dieses Monats linear bis zum Monatsende fort.</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::PlaygroundPage</name>
    <message>
        <source>Playground (no app&apos;s limits)</source>
        <translation>Playground (ohne App-Limits)</translation>
    </message>
    <message>
        <source>Choose a route or a provider/model first.</source>
        <translation>Wählen Sie zuerst eine Route oder ein Anbieter/Modell.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Schreiben Sie zuerst einen Prompt.</translation>
    </message>
    <message>
        <source>The endpoint is stopped: start it in Settings (or from the tray) to send requests.</source>
        <translation>Der Endpunkt ist angehalten: Starten Sie ihn in den Einstellungen (oder über das Symbol im Infobereich), um Anfragen zu senden.</translation>
    </message>
    <message>
        <source>Waiting for the first byte…</source>
        <translation>Warten auf das erste Byte…</translation>
    </message>
    <message>
        <source>Stopped after %1 ms; the request is logged as cancelled (499).</source>
        <translation>Nach %1 ms gestoppt; die Anfrage wird als abgebrochen (499) protokolliert.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>, after %n attempt(s)</source>
        <translation>
            <numerusform>, nach %n Versuch</numerusform>
            <numerusform>, nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source> — from the response cache</source>
        <translation> — aus dem Antwort-Cache</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Wird empfangen…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ein, %2 aus</translation>
    </message>
    <message>
        <source>, %1 of them cached</source>
        <translation>, davon %1 aus dem Cache</translation>
    </message>
    <message>
        <source>, %1 reasoning</source>
        <translation>, %1 Reasoning</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 (%2): %3</source>
        <translation>HTTP %1 (%2): %3</translation>
    </message>
    <message>
        <source>Done (HTTP %1)</source>
        <translation>Fertig (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 ms to the first token, %2 ms in all</source>
        <translation>%1 ms bis zum ersten Token, %2 ms insgesamt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>unpriced (no known price for %1)</source>
        <translation>ohne Preis (kein bekannter Preis für %1)</translation>
    </message>
    <message>
        <source>%1 (cache hit; saved %2)</source>
        <translation>%1 (Cache-Treffer; %2 gespart)</translation>
    </message>
    <message>
        <source> — tokens estimated</source>
        <translation> — Tokens geschätzt</translation>
    </message>
    <message>
        <source>not found in the recent requests</source>
        <translation>nicht in den letzten Anfragen gefunden</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::PriceEditor</name>
    <message>
        <source>Your prices (US$ per 1M tokens, over the built-in catalog)</source>
        <translation>Eigene Preise (US$ pro 1 Mio. Tokens, vor dem eingebauten Katalog)</translation>
    </message>
    <message>
        <source>Add pri&amp;ce</source>
        <translation>Preis hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Preis entfernen</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>Preise speichern</translation>
    </message>
    <message>
        <source>Your prices</source>
        <translation>Eigene Preise</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Eingabe aus dem Cache</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Provider: a provider&apos;s name, a preset (e.g. openai) or a kind. Model: exact, or the name of dated versions (gpt-4o covers gpt-4o-2024-08-06). Cached input and cache write may stay empty: they are then billed at the input rate.</source>
        <translation>Anbieter: der Name eines Anbieters, eine Vorlage (z. B. openai) oder eine Art. Modell: genau, oder der Name datierter Versionen (gpt-4o gilt auch für gpt-4o-2024-08-06). Eingabe aus dem Cache und Cache-Schreiben dürfen leer bleiben: Sie werden dann zum Eingabepreis berechnet.</translation>
    </message>
    <message>
        <source>Remove the selected price</source>
        <translation>Den ausgewählten Preis entfernen</translation>
    </message>
    <message>
        <source>Result of saving the prices</source>
        <translation>Ergebnis des Speicherns der Preise</translation>
    </message>
    <message>
        <source>Row %1: name the provider and the model.</source>
        <translation>Zeile %1: Geben Sie Anbieter und Modell an.</translation>
    </message>
    <message>
        <source>Row %1: the input and output prices must be numbers of dollars (0 or more), e.g. 2.5.</source>
        <translation>Zeile %1: Eingabe- und Ausgabepreis müssen Dollarbeträge sein (0 oder mehr), z. B. 2.5.</translation>
    </message>
    <message>
        <source>Row %1: the cached input and cache write prices must be empty or numbers of dollars.</source>
        <translation>Zeile %1: Die Preise für Eingabe aus dem Cache und Cache-Schreiben müssen leer oder Dollarbeträge sein.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. Requests from now on are priced with them; those already recorded keep the price they had.</source>
        <translation>Gespeichert. Anfragen ab jetzt werden damit berechnet; bereits erfasste behalten ihren Preis.</translation>
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
    <message>
        <source>https://&lt;the service&gt;/v1</source>
        <translation>https://&lt;der Dienst&gt;/v1</translation>
    </message>
    <message>
        <source>Its API key, if it needs one</source>
        <translation>Sein API-Schlüssel, falls er einen braucht</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RouteChecks</name>
    <message>
        <source>A route has no name.</source>
        <translation>Eine Route hat keinen Namen.</translation>
    </message>
    <message>
        <source>Route &apos;%1&apos; has no targets: drag a model from the palette onto the graph.</source>
        <translation>Die Route „%1“ hat keine Ziele: Ziehen Sie ein Modell aus der Palette auf den Graphen.</translation>
    </message>
    <message>
        <source>Route &apos;%1&apos; is weighted, but every weight is 0: no target would be picked first. Give at least one target a weight above 0.</source>
        <translation>Die Route „%1“ ist gewichtet, aber alle Gewichtungen sind 0: Kein Ziel würde zuerst gewählt. Geben Sie mindestens einem Ziel eine Gewichtung über 0.</translation>
    </message>
    <message>
        <source>unknown route &apos;%1&apos;</source>
        <translation>unbekannte Route „%1“</translation>
    </message>
    <message>
        <source>nested routes form a cycle: %1</source>
        <translation>verschachtelte Routen bilden einen Zyklus: %1</translation>
    </message>
    <message>
        <source>no provider chosen</source>
        <translation>kein Anbieter gewählt</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos; (the config has: %2)</source>
        <translation>unbekannter Anbieter „%1“ (die Konfiguration enthält: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no model chosen</source>
        <translation>kein Modell gewählt</translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; does not offer &apos;%2&apos; as far as the model catalog (checked %3) knows its %4 models</source>
        <translation>Anbieter „%1“ bietet „%2“ nicht an, soweit der Modellkatalog (geprüft %3) seine %4 Modelle kennt</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>$%1 / $%2 per 1M tokens in / out</source>
        <translation>$%1 / $%2 pro 1 Mio. Tokens ein / aus</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Weighted split</source>
        <translation>Gewichtete Aufteilung</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Round Robin</translation>
    </message>
    <message>
        <source>Least busy</source>
        <translation>Am wenigsten ausgelastet</translation>
    </message>
    <message>
        <source>Least latency</source>
        <translation>Am schnellsten</translation>
    </message>
    <message>
        <source>Lowest cost</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source>Tries the targets in order; the next one only when the one before fails.</source>
        <translation>Versucht die Ziele der Reihe nach; das nächste nur, wenn das vorherige fehlschlägt.</translation>
    </message>
    <message>
        <source>Picks the first target at random by weight; the others follow in order if it fails.</source>
        <translation>Wählt das erste Ziel zufällig nach Gewichtung; schlägt es fehl, folgen die anderen der Reihe nach.</translation>
    </message>
    <message>
        <source>Takes turns: each request starts at the next target.</source>
        <translation>Wechselt ab: Jede Anfrage beginnt beim nächsten Ziel.</translation>
    </message>
    <message>
        <source>Starts with the target that has the fewest requests in flight.</source>
        <translation>Beginnt mit dem Ziel, das die wenigsten Anfragen in Bearbeitung hat.</translation>
    </message>
    <message>
        <source>Starts with the target that answered fastest lately, now and then re-measuring the others.</source>
        <translation>Beginnt mit dem Ziel, das zuletzt am schnellsten geantwortet hat, und misst die anderen ab und zu neu.</translation>
    </message>
    <message>
        <source>Starts with the target this request would cost least on; unpriced targets last.</source>
        <translation>Beginnt mit dem Ziel, bei dem diese Anfrage am wenigsten kosten würde; Ziele ohne Preis zuletzt.</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RouteGraphView</name>
    <message>
        <source>weight %1 · %2 of first picks</source>
        <translation>Gewichtung %1 · %2 der ersten Wahl</translation>
    </message>
    <message>
        <source>#%1 in order</source>
        <translation>#%1 in der Reihenfolge</translation>
    </message>
    <message>
        <source>turn %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <source>ordered by %1</source>
        <translation>Reihenfolge: %1</translation>
    </message>
    <message>
        <source>Route &apos;%1&apos;</source>
        <translation>Route „%1“</translation>
    </message>
    <message>
        <source>unknown route</source>
        <translation>unbekannte Route</translation>
    </message>
    <message>
        <source>Nested route &apos;%1&apos;: its own strategy orders its targets here.</source>
        <translation>Verschachtelte Route „%1“: Ihre eigene Strategie ordnet hier ihre Ziele.</translation>
    </message>
    <message>
        <source>↻ back to route &apos;%1&apos;</source>
        <translation>↻ zurück zur Route „%1“</translation>
    </message>
    <message>
        <source>This nested route leads back to itself.</source>
        <translation>Diese verschachtelte Route führt zu sich selbst zurück.</translation>
    </message>
    <message>
        <source>Choose or add a route on the left.</source>
        <translation>Wählen Sie links eine Route aus oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>Route %1, %2.</source>
        <translation>Route %1, %2.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;</source>
        <translation>Regel „%1“</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>sends matching requests</source>
        <translation>sendet passende Anfragen</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation>Standardregel</translation>
    </message>
    <message>
        <source>when no rule matches</source>
        <translation>wenn keine Regel passt</translation>
    </message>
    <message>
        <source>nests this route</source>
        <translation>verschachtelt diese Route</translation>
    </message>
    <message>
        <source>Target %1: %2, %3.</source>
        <translation>Ziel %1: %2, %3.</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>Route %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(ies) per target</source>
        <translation>
            <numerusform>%n Wiederholung pro Ziel</numerusform>
            <numerusform>%n Wiederholungen pro Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>next target on: %1</source>
        <translation>nächstes Ziel bei: %1</translation>
    </message>
    <message>
        <source>Requests for &apos;%1&apos;</source>
        <translation>Anfragen für „%1“</translation>
    </message>
    <message>
        <source>model: &quot;%1&quot;</source>
        <translation>model: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Clients send requests here by asking for the model &apos;%1&apos;, or a rule sends them.</source>
        <translation>Clients senden Anfragen hierher, indem sie das Modell „%1“ anfragen, oder eine Regel leitet sie hierher.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) or route(s) send requests here.</source>
        <translation>
            <numerusform>%n Regel oder Route sendet Anfragen hierher.</numerusform>
            <numerusform>%n Regeln oder Routen senden Anfragen hierher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop models here from the palette</source>
        <translation>Modelle aus der Palette hier ablegen</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RoutePaletteModel</name>
    <message>
        <source>The model catalog does not know this provider&apos;s models: the models your routes use are listed; type others in the form.</source>
        <translation>Der Modellkatalog kennt die Modelle dieses Anbieters nicht: Aufgeführt sind die Modelle, die Ihre Routen verwenden; geben Sie andere im Formular ein.</translation>
    </message>
    <message>
        <source>Models the catalog lists for %1, and the ones your routes use.</source>
        <translation>Modelle, die der Katalog für %1 aufführt, und die, die Ihre Routen verwenden.</translation>
    </message>
    <message>
        <source>Routes (nest one)</source>
        <translation>Routen (zum Verschachteln)</translation>
    </message>
    <message>
        <source>A nested route orders its own targets at the place it is dropped.</source>
        <translation>Eine verschachtelte Route ordnet ihre eigenen Ziele an der Stelle an, an der sie abgelegt wird.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>nested route %1</source>
        <translation>verschachtelte Route %1</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RoutesPage</name>
    <message>
        <source>A target at one of its limits is skipped for the next one.</source>
        <translation>Ein Ziel, das eines seiner Limits erreicht hat, wird zugunsten des nächsten übersprungen.</translation>
    </message>
    <message>
        <source>As set globally</source>
        <translation>Wie global eingestellt</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation>Anbieter und Modell</translation>
    </message>
    <message>
        <source>Nested route</source>
        <translation>Verschachtelte Route</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Change the strategy</source>
        <translation>Strategie ändern</translation>
    </message>
    <message>
        <source>Change the retries</source>
        <translation>Wiederholungen ändern</translation>
    </message>
    <message>
        <source>Change when to move on</source>
        <translation>Wechselbedingungen ändern</translation>
    </message>
    <message>
        <source>Change the sticky header</source>
        <translation>Header der Sitzungsbindung ändern</translation>
    </message>
    <message>
        <source>Change the sticky field</source>
        <translation>Feld der Sitzungsbindung ändern</translation>
    </message>
    <message>
        <source>Change the cache</source>
        <translation>Cache ändern</translation>
    </message>
    <message>
        <source>Change the cache time</source>
        <translation>Cache-Dauer ändern</translation>
    </message>
    <message>
        <source>Change the budget</source>
        <translation>Budget ändern</translation>
    </message>
    <message>
        <source>There is no other route to nest: add one first.</source>
        <translation>Es gibt keine andere Route zum Verschachteln: Fügen Sie zuerst eine hinzu.</translation>
    </message>
    <message>
        <source>Change the kind of target</source>
        <translation>Zieltyp ändern</translation>
    </message>
    <message>
        <source>Change the provider</source>
        <translation>Anbieter ändern</translation>
    </message>
    <message>
        <source>Change the model</source>
        <translation>Modell ändern</translation>
    </message>
    <message>
        <source>Change the nested route</source>
        <translation>Verschachtelte Route ändern</translation>
    </message>
    <message>
        <source>Change the weight</source>
        <translation>Gewichtung ändern</translation>
    </message>
    <message>
        <source>Change a limit</source>
        <translation>Limit ändern</translation>
    </message>
    <message>
        <source>Change a timeout</source>
        <translation>Zeitlimit ändern</translation>
    </message>
    <message>
        <source>Add the route &apos;%1&apos;</source>
        <translation>Route „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate the route &apos;%1&apos;</source>
        <translation>Route „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Remove the route &apos;%1&apos;</source>
        <translation>Route „%1“ entfernen</translation>
    </message>
    <message>
        <source>A route needs a name.</source>
        <translation>Eine Route braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a route named &apos;%1&apos;; choose another name.</source>
        <translation>Es gibt bereits eine Route namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Rename the route &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Route „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove a target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Move a target</source>
        <translation>Ziel verschieben</translation>
    </message>
    <message>
        <source>Revert to the applied routes</source>
        <translation>Zu den übernommenen Routen zurückkehren</translation>
    </message>
    <message>
        <source>The draft is the applied routes again.</source>
        <translation>Der Entwurf entspricht wieder den übernommenen Routen.</translation>
    </message>
    <message>
        <source>Route &apos;%1&apos;, target %2 (%3): %4</source>
        <translation>Route „%1“, Ziel %2 (%3): %4</translation>
    </message>
    <message>
        <source>Not applied:
%1</source>
        <translation>Nicht übernommen:
%1</translation>
    </message>
    <message>
        <source>Not applied, the config was refused:
%1</source>
        <translation>Nicht übernommen, die Konfiguration wurde abgelehnt:
%1</translation>
    </message>
    <message>
        <source>Applied: new requests follow these routes now.</source>
        <translation>Übernommen: Neue Anfragen folgen jetzt diesen Routen.</translation>
    </message>
    <message>
        <source>None yet: every Apply keeps one.</source>
        <translation>Noch keine: Jedes Übernehmen speichert eine.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Could not read that version: %1</source>
        <translation>Diese Version konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Discard the edits not applied?</source>
        <translation>Nicht übernommene Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Restoring a version replaces the routes being edited. The edits not applied yet are lost.</source>
        <translation>Das Wiederherstellen einer Version ersetzt die Routen in Bearbeitung. Noch nicht übernommene Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>Could not restore that version:
%1</source>
        <translation>Diese Version konnte nicht wiederhergestellt werden:
%1</translation>
    </message>
    <message>
        <source>Restored the version of %1; it is now the newest version.</source>
        <translation>Die Version vom %1 wurde wiederhergestellt; sie ist jetzt die neueste Version.</translation>
    </message>
    <message>
        <source>This route has problems: see its graph.</source>
        <translation>Diese Route hat Probleme: siehe ihren Graphen.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewichtung von %1</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>Anteil von %1</translation>
    </message>
    <message>
        <source>%1 of first picks</source>
        <translation>%1 der ersten Wahl</translation>
    </message>
    <message>
        <source>Weights only matter in a weighted route.</source>
        <translation>Gewichtungen wirken nur in einer gewichteten Route.</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>unbekannter Anbieter</translation>
    </message>
    <message>
        <source>listed for %1</source>
        <translation>für %1 aufgeführt</translation>
    </message>
    <message>
        <source>not listed for %1 (catalog checked %2)</source>
        <translation>für %1 nicht aufgeführt (Katalog geprüft %2)</translation>
    </message>
    <message>
        <source>unknown: the catalog does not know this provider&apos;s models</source>
        <translation>unbekannt: Der Katalog kennt die Modelle dieses Anbieters nicht</translation>
    </message>
    <message>
        <source>circuit open: cooling down (%1 s left)</source>
        <translation>Circuit Breaker offen: pausiert (noch %1 s)</translation>
    </message>
    <message>
        <source>half-open: a probe request is in flight</source>
        <translation>halb offen: eine Testanfrage läuft</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>noch keine Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>failing: %n failure(s) in a row</source>
        <translation>
            <numerusform>fehlerhaft: %n Fehler in Folge</numerusform>
            <numerusform>fehlerhaft: %n Fehler in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source> · errors %1%</source>
        <translation> · Fehler %1 %</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>p50: no recent requests</source>
        <translation>p50: keine aktuellen Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>p50 %1 ms (%n request(s))</source>
        <translation>
            <numerusform>p50 %1 ms (%n Anfrage)</numerusform>
            <numerusform>p50 %1 ms (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Strg+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Edits not applied yet</source>
        <translation>Noch nicht übernommene Änderungen</translation>
    </message>
    <message>
        <source>The routes being served</source>
        <translation>Die aktiven Routen</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RuleListModel</name>
    <message>
        <source>The rule needs a name.</source>
        <translation>Die Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another rule is named &apos;%1&apos; too.</source>
        <translation>Eine andere Regel heißt ebenfalls „%1“.</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Bedingung: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Default (when no rule matches)</source>
        <translation>Standard (wenn keine Regel passt)</translation>
    </message>
    <message>
        <source>When %1: %2</source>
        <translation>Wenn %1: %2</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RuleReplayModel</name>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 (first: %2)</source>
        <translation>%1 (zuerst: %2)</translation>
    </message>
    <message>
        <source>%1, or another</source>
        <translation>%1 oder ein anderes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Ging an</translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation>Würde gehen an</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Logged cost</source>
        <translation>Protokollierte Kosten</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Why undetermined</source>
        <translation>Warum unbestimmt</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RulesPage</name>
    <message>
        <source>the model the request names</source>
        <translation>das in der Anfrage genannte Modell</translation>
    </message>
    <message>
        <source>a route</source>
        <translation>eine Route</translation>
    </message>
    <message>
        <source>a provider/model target</source>
        <translation>ein Ziel (Anbieter/Modell)</translation>
    </message>
    <message>
        <source>nowhere: refuse it</source>
        <translation>nirgendwohin: ablehnen</translation>
    </message>
    <message>
        <source>Compose a request</source>
        <translation>Anfrage zusammenstellen</translation>
    </message>
    <message>
        <source>A logged request keeps its model, app, streaming, size and time; its headers, images, tools and text are not logged and count as absent here.</source>
        <translation>Eine protokollierte Anfrage behält Modell, App, Streaming, Größe und Zeit; Header, Bilder, Tools und Text werden nicht protokolliert und gelten hier als nicht vorhanden.</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>Otherwise (the default rule)</source>
        <translation>Sonst (die Standardregel)</translation>
    </message>
    <message>
        <source>Give the message the refused requests get.</source>
        <translation>Geben Sie die Meldung an, die abgelehnte Anfragen erhalten.</translation>
    </message>
    <message>
        <source>Parameters must be a JSON object, such as {&quot;temperature&quot;: 0}.</source>
        <translation>Parameter müssen ein JSON-Objekt sein, z. B. {&quot;temperature&quot;: 0}.</translation>
    </message>
    <message>
        <source>The draft has changes that are not applied yet.</source>
        <translation>Der Entwurf enthält noch nicht übernommene Änderungen.</translation>
    </message>
    <message>
        <source>The rules are as applied.</source>
        <translation>Die Regeln entsprechen dem übernommenen Stand.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Not applied: the parameters are not a JSON object. Fix them first.</source>
        <translation>Nicht übernommen: Die Parameter sind kein JSON-Objekt. Korrigieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Not applied: the config would be invalid.
%1</source>
        <translation>Nicht übernommen: Die Konfiguration wäre ungültig.
%1</translation>
    </message>
    <message>
        <source>Applied: new requests are routed by these rules.</source>
        <translation>Übernommen: Neue Anfragen werden nach diesen Regeln geleitet.</translation>
    </message>
    <message>
        <source>No rules: the requested model decides.</source>
        <translation>Keine Regeln: Das angefragte Modell entscheidet.</translation>
    </message>
    <message>
        <source>Matches rule %1, &apos;%2&apos;.</source>
        <translation>Passt auf Regel %1, „%2“.</translation>
    </message>
    <message>
        <source>No rule matches: the default rule applies.</source>
        <translation>Keine Regel passt: Die Standardregel gilt.</translation>
    </message>
    <message>
        <source>Goes to %1 directly.</source>
        <translation>Geht direkt an %1.</translation>
    </message>
    <message>
        <source>Goes to the route &apos;%1&apos; (%2).</source>
        <translation>Geht an die Route „%1“ (%2).</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Fails (%1): %2</source>
        <translation>Schlägt fehl (%1): %2</translation>
    </message>
    <message>
        <source>Tagged %1.</source>
        <translation>Getaggt mit %1.</translation>
    </message>
    <message>
        <source>Output capped at %L1 tokens.</source>
        <translation>Ausgabe auf %L1 Tokens begrenzt.</translation>
    </message>
    <message>
        <source>Sets %1.</source>
        <translation>Setzt %1.</translation>
    </message>
    <message>
        <source>Budget warning: %1</source>
        <translation>Budgetwarnung: %1</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>No usage database: turn on usage storage in Settings to replay logged requests.</source>
        <translation>Keine Nutzungsdatenbank: Aktivieren Sie in den Einstellungen das Aufzeichnen der Nutzung, um protokollierte Anfragen durchzuspielen.</translation>
    </message>
    <message>
        <source>Reading the logged requests…</source>
        <translation>Protokollierte Anfragen werden gelesen…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no app</source>
        <translation>keine App</translation>
    </message>
    <message>
        <source>Could not read the usage database: %1. Check the data folder&apos;s permissions.</source>
        <translation>Die Nutzungsdatenbank konnte nicht gelesen werden: %1. Prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n request(s)…</source>
        <translation>
            <numerusform>%n Anfrage wird durchgespielt…</numerusform>
            <numerusform>%n Anfragen werden durchgespielt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n logged request(s) against the draft: </source>
        <translation>
            <numerusform>%n protokollierte Anfrage am Entwurf durchgespielt: </numerusform>
            <numerusform>%n protokollierte Anfragen am Entwurf durchgespielt: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change route or first target, </source>
        <translation>
            <numerusform>%n würde Route oder erstes Ziel wechseln, </numerusform>
            <numerusform>%n würden Route oder erstes Ziel wechseln, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n unverändert, </numerusform>
            <numerusform>%n unverändert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undetermined (the log lacks what a rule looks at).</source>
        <translation>
            <numerusform>%n unbestimmt (dem Protokoll fehlt, was eine Regel prüft).</numerusform>
            <numerusform>%n unbestimmt (dem Protokoll fehlt, was eine Regel prüft).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost of the %n changed request(s) with prices: </source>
        <translation>
            <numerusform>Geschätzte Kosten der %n geänderten Anfrage mit Preis: </numerusform>
            <numerusform>Geschätzte Kosten der %n geänderten Anfragen mit Preisen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 logged, %2 with the draft (%3).</source>
        <translation>%1 protokolliert, %2 mit dem Entwurf (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n changed request(s) unpriced, left out of the estimate.</source>
        <translation>
            <numerusform>%n geänderte Anfrage ohne Preis, nicht in der Schätzung enthalten.</numerusform>
            <numerusform>%n geänderte Anfragen ohne Preis, nicht in der Schätzung enthalten.</numerusform>
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
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::TopModelsModel</name>
    <message>
        <source>Requests with no known price, not counted in this sum: %L1</source>
        <translation>Anfragen ohne bekannten Preis, nicht in dieser Summe enthalten: %L1</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>%1 + %L2 unpriced</source>
        <translation>%1 + %L2 ohne Preis</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
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
    <name>Switchyard::Gui::UsageChart</name>
    <message>
        <source>%1: summary</source>
        <translation>%1: Zusammenfassung</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation>Das Bild konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::UsageCharts</name>
    <message>
        <source>Chart time range</source>
        <translation>Zeitraum des Diagramms</translation>
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
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Custom range: from</source>
        <translation>Benutzerdefinierter Zeitraum: von</translation>
    </message>
    <message>
        <source>Custom range: to</source>
        <translation>Benutzerdefinierter Zeitraum: bis</translation>
    </message>
    <message>
        <source>Stack spend and requests by</source>
        <translation>Ausgaben und Anfragen gruppieren nach</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>&amp;Stack by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>Als B&amp;ild speichern…</translation>
    </message>
    <message>
        <source>Save the current chart as a PNG image</source>
        <translation>Aktuelles Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>&amp;Daten exportieren…</translation>
    </message>
    <message>
        <source>Export the current chart&apos;s data as CSV</source>
        <translation>Daten des aktuellen Diagramms als CSV exportieren</translation>
    </message>
    <message>
        <source>Charts status</source>
        <translation>Status der Diagramme</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>The custom range ends before it starts: pick a later end.</source>
        <translation>Der benutzerdefinierte Zeitraum endet vor seinem Beginn: Wählen Sie ein späteres Ende.</translation>
    </message>
    <message>
        <source>No usage database: turn on usage storage in Settings to see charts here.</source>
        <translation>Keine Nutzungsdatenbank: Aktivieren Sie in den Einstellungen das Aufzeichnen der Nutzung, um hier Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>Could not read the usage database: %1</source>
        <translation>Die Nutzungsdatenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saved the image to %1.</source>
        <translation>Das Bild wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The image could not be saved: %1</source>
        <translation>Das Bild konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Exported the data to %1.</source>
        <translation>Die Daten wurden nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The data could not be exported: %1</source>
        <translation>Die Daten konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
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
    <name>Switchyard::Gui::UsageQueryWorker</name>
    <message>
        <source>No usage database: turn on usage storage in Settings.</source>
        <translation>Keine Nutzungsdatenbank: Aktivieren Sie in den Einstellungen das Aufzeichnen der Nutzung.</translation>
    </message>
    <message>
        <source>The usage database could not be opened.</source>
        <translation>Die Nutzungsdatenbank konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>UsageTables</name>
    <message>
        <source>%1 (UTC day)</source>
        <translation>%1 (UTC-Tag)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Unpriced requests: %L1 (cost unknown, not counted)</source>
        <translation>Anfragen ohne Preis: %L1 (Kosten unbekannt, nicht gezählt)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Total: %L1 requests, %L2 errors</source>
        <translation>Gesamt: %L1 Anfragen, %L2 Fehler</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>%L1 of them read from the provider&apos;s cache</source>
        <translation>davon %L1 aus dem Cache des Anbieters gelesen</translation>
    </message>
    <message>
        <source>%L1 of them reasoning</source>
        <translation>davon %L1 Reasoning</translation>
    </message>
    <message>
        <source>Total: %L1 input and %L2 output tokens</source>
        <translation>Gesamt: %L1 Eingabe- und %L2 Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Requests with estimated counts (the provider did not report them): %L1</source>
        <translation>Anfragen mit geschätzten Werten (vom Anbieter nicht gemeldet): %L1</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>%L1 of %L2 requests failed</source>
        <translation>%L1 von %L2 Anfragen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%L1 of %L2 requests failed (%3)</source>
        <translation>%L1 von %L2 Anfragen fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespart</translation>
    </message>
    <message>
        <source>Cache hits: %L1, saving %2</source>
        <translation>Cache-Treffer: %L1, Ersparnis %2</translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <source>Saved by the cache</source>
        <translation>Durch den Cache gespart</translation>
    </message>
    <message>
        <source>Cache hits: %L1</source>
        <translation>Cache-Treffer: %L1</translation>
    </message>
    <message>
        <source>Saved by the cache: %1 (cache hits: %L2)</source>
        <translation>Durch den Cache gespart: %1 (Cache-Treffer: %L2)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Requests measured: %L1</source>
        <translation>Gemessene Anfragen: %L1</translation>
    </message>
    <message>
        <source>Requests measured: %L1. A percentile is the upper edge of the latency bucket it falls in.</source>
        <translation>Gemessene Anfragen: %L1. Ein Perzentil ist die Obergrenze des Latenzbereichs, in den es fällt.</translation>
    </message>
    <message>
        <source>Unpriced requests: %L1 (their cost is unknown and not counted above; add a price under Providers &amp; Keys to count new ones)</source>
        <translation>Anfragen ohne Preis: %L1 (ihre Kosten sind unbekannt und oben nicht enthalten; fügen Sie unter „Anbieter &amp; Schlüssel“ einen Preis hinzu, damit neue mitgezählt werden)</translation>
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
