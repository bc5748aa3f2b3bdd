<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppsPage</name>
    <message>
        <source>Each app (an IDE plugin, a CLI agent, a script) gets its own access token, so its requests are counted, limited and revocable on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of the selected app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes it may &amp;use (none ticked: every route and provider/model):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes the app may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily budget in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;onthly budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn at this share of a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected app&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. claude-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the app and its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected app&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new app&apos;s token (shown only now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new app&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client to set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route or model the client asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>%L1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSetup</name>
    <message>
        <source>The base URL has no /v1. Do not set ANTHROPIC_API_KEY as well: Claude Code warns about two credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex speaks only the Responses API; Switchyard translates it for any provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aider needs the openai/ prefix in front of the model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WebUI lists the models from Switchyard&apos;s /v1/models: your routes and their targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Anthropic SDKs take the root without /v1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cached only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only answers from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows matching the filters as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint and dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested model, route and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status the client got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency and time to first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit and saved cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bodies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and response bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading state and messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL for OpenAI-compatible clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open client connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s spend against the overall monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top models this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran&amp;k by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the top models by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>&amp;Route or model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route name, or provider/model to call one model directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app the request is counted for; an app&apos;s route limits and budgets apply to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt (Ctrl+Enter sends):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tream the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>The services Switchyard sends requests to. Keys go into your system keychain and are never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the selected provider and list its models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models the provider offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the provider in Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the provider&apos;s API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (stored in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutesPage</name>
    <message>
        <source>A route is a model name your apps can ask for. Draw where its requests go: drag models onto the graph, order them, choose how the route picks among them, then Apply. Edits stay a draft until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routes: what clients ask for as &quot;model&quot;. Double-click or F2 to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models (drag onto the graph):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models and routes to add as targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a model onto the graph where it should go, or press Enter to add it at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;to route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen model to the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied versions of the config, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the chosen version again (the apps&apos; access tokens stay as they are now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected target up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected target down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tar&amp;get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the edits not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply an&amp;yway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply although the model catalog does not list a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalog can be behind a provider: apply with the models as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the routes to the running endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What clients send as &quot;model&quot;. Letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;:&quot;, &quot;@&quot;, &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the strategy does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights (share of first picks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries and fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;ies per target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries per target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;backoff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First backoff in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest backo&amp;ff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest backoff in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on to the next target on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next target on connection errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next target on timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next target on server errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limits (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next target on rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next target when the prompt is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next target when the content filter refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky session header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. x-claude-code-session-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bod&amp;y field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky session body field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. prompt_cache_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response cache for this route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache time to live in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the global setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-&amp;deterministic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache non-deterministic requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget for this route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily budget in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per mon&amp;th:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn at this percentage of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested ro&amp;ute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of first picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;flight at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per minute at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts (0: global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;byte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First byte timeout in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle timeout in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total timeout in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model catalog knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with this target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleChecks</name>
    <message>
        <source>invalid regular expression at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Not&quot; takes exactly one condition (put several in an &quot;all&quot; or &quot;any&quot; group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one name or pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the header&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a minimum, a maximum or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum must be at least the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a keyword or a regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s start and end must differ (turn off the hours for the whole day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no route &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target is written provider/model, as in openai/gpt-4o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters must not set &quot;model&quot; or &quot;stream&quot; (choose a route or target instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule does nothing: choose where it sends requests, or a cap, parameters or tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last user message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always (every request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 equals %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 matches /%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt tokens from %L1 to %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt tokens at least %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt tokens at most %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last user message contains &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last user message matches /%1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spend this %2 at least $%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap output at %L1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested model as named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Rules pick where a request goes before any route&apos;s strategy. Edit a draft, try it in the tester or replay logged requests against it, then apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules, tried in order (the first that matches decides):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add co&amp;ndition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition to the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group of conditions to the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the request goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target provider/model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fusal message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cap max tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap on max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request parameters to set, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;temperature&quot;: 0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags for the usage log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work, long (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester and replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a request or pick a logged one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App (access token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers, one name: value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-team: ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;user message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last user message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt t&amp;okens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate from the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ima&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strea&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets in the order they would be tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replays logged requests against the draft, without calling any provider: which would go elsewhere, and what they would cost there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many logged requests to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repla&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the logged requests against the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft status and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the draft rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Local endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or start the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the endpoint listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port the endpoint listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require an app &amp;token on every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web origins allowed to call the endpoint, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (browsers are refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage and cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record every request in the usage database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep request &amp;details for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep the details of each request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache identical deterministic requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache &amp;lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a cached answer stays valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where usage and cache are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep request and response &amp;bodies for Logs (secrets redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: prompts and answers are then stored in the usage database, at most 1 MiB each, and deleted with the request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Switchyard when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app (after a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::AppController</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use by another program (%3); choose another port. The endpoint keeps running on %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::AppsPage</name>
    <message numerus="yes">
        <source>%n request(s)/min</source>
        <translation>
            <numerusform>%n request/min</numerusform>
            <numerusform>%n requests/min</numerusform>
        </translation>
    </message>
    <message>
        <source>$%1/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of the selected app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the limits of &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the limits of &apos;%1&apos;; they apply to its next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the app &apos;%1&apos;. Copy its token now: Switchyard keeps only a hash of it and cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the app &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests with its token will be refused from now on. This cannot be undone; the app will need a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revoke &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the app &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::BudgetPanel</name>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budgets set. Set an overall budget in Settings, or one per route or per app, and watch them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route “%1”, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route “%1”, this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App “%1”, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App “%1”, this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: spend against the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 spent (%3 %); warning at %4 %, requests are refused at the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: %1, over the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A straight line from the spend so far: %1 in %2 of this period, continued to its end (%3 UTC). Periods are UTC days and months, as the gateway counts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::ConditionEditor</name>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group holds conditions: add them with the buttons above the tree. &quot;Not&quot; holds exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names or patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-4o, claude-*  (comma-separated; * and ? are wildcards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Is one of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt token test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt tokens (estimated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the keyword (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword or regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (local time, not included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above, in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or &amp;above:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::FirstRunWizard</name>
    <message numerus="yes">
        <source>%1 answered: %n model(s) available. Choose the one your scripts get by default.</source>
        <translation>
            <numerusform>%1 answered: %n model available. Choose the one your scripts get by default.</numerusform>
            <numerusform>%1 answered: %n models available. Choose the one your scripts get by default.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the provider, the default route and the app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and close the welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One local endpoint for your scripts and tools, in front of every AI provider. Three steps: choose a provider, add its key, and copy a ready-to-use snippet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which provider do you want to use first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on this computer, no key needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard keeps it in your system keychain, never in a file, and will not show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Create” adds the provider, a route named “default” that sends requests to this model, and a token for your first app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;token (copy it now: Switchyard keeps only a hash of it and cannot show it again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://&lt;your resource&gt;.openai.azure.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your resource&apos;s endpoint, as shown in the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 first; change the URL if it listens elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the URL as it is unless you reach %1 through a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain, so nothing was added: %1
Unlock the keychain (or start its service), then press “Next” to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key in your %1 account, or copy an existing one (see &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;), and paste it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your %1 key below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard asks %1 for its models. Choose the one your scripts get by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Requests for the model “%1” now go to %2 at %3. Your app signs in with the token below; the snippet is ready to paste into a terminal or your code. Switchyard&apos;s endpoint is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 running? Start it or check the base URL (“Back”), then press “Test again”. If you know the model&apos;s name, you can also type it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key or the base URL (“Back”), then press “Test again”. If you know the model&apos;s name, you can also type it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered but listed no models. Type the name of the model to use below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a provider named &apos;%1&apos;; go back to the first step and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the app token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the setup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://&lt;the service&gt;/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service&apos;s base URL, up to and including its version (often /v1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::LogsPage</name>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the usage database: %1. Check the data folder&apos;s permissions, or the database URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished: %L1 rows written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage database: turn on usage storage in Settings to see requests here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests shown: %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 dialect%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 → %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (translated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2/%3: %4%5, %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (not sent upstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in (%2 cached read, %3 cache write), %4 out (%5 reasoning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms total, first byte after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit, saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bodies were kept for this request: body logging is off (it can be turned on in Settings; secrets are redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers (credentials redacted):
%1

Request:
%2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s response headers:
%1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers &amp; Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config %1 is invalid:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard could not start the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint still serves your apps. Quit from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::OverviewPage</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the usage database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %L2 unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly %1 since midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly %1 today (UTC). Turn on usage storage in Settings for requests and charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 (%L2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %, forecast %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forecast continues this month&apos;s pace so far in a straight line to its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::PlaygroundPage</name>
    <message numerus="yes">
        <source>, after %n attempt(s)</source>
        <translation>
            <numerusform>, after %n attempt</numerusform>
            <numerusform>, after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Playground (no app&apos;s limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a route or a provider/model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is stopped: start it in Settings (or from the tray) to send requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first byte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 ms; the request is logged as cancelled (499).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — from the response cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 of them cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms to the first token, %2 ms in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpriced (no known price for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cache hit; saved %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — tokens estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the recent requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::PriceEditor</name>
    <message>
        <source>Your prices (US$ per 1M tokens, over the built-in catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pri&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: a provider&apos;s name, a preset (e.g. openai) or a kind. Model: exact, or the name of dated versions (gpt-4o covers gpt-4o-2024-08-06). Cached input and cache write may stay empty: they are then billed at the input rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of saving the prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: name the provider and the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the input and output prices must be numbers of dollars (0 or more), e.g. 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the cached input and cache write prices must be empty or numbers of dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Requests from now on are priced with them; those already recorded keep the price they had.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::ProviderProbe</name>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the key (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::ProvidersPage</name>
    <message numerus="yes">
        <source>%1 answered: %n model(s) available.</source>
        <translation>
            <numerusform>%1 answered: %n model available.</numerusform>
            <numerusform>%1 answered: %n models available.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the keychain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling down (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing (%1% errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK · %1 ms · %2% errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://&lt;your resource&gt;.openai.azure.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for a local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a provider named &apos;%1&apos;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain, so nothing was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;. Use “Test connection” to check the key and see its models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by the route(s) %2: change them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider and its key in the keychain will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://&lt;the service&gt;/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its API key, if it needs one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RouteChecks</name>
    <message>
        <source>A route has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route &apos;%1&apos; has no targets: drag a model from the palette onto the graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route &apos;%1&apos; is weighted, but every weight is 0: no target would be picked first. Give at least one target a weight above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown route &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested routes form a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos; (the config has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; does not offer &apos;%2&apos; as far as the model catalog (checked %3) knows its %4 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 / $%2 per 1M tokens in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries the targets in order; the next one only when the one before fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks the first target at random by weight; the others follow in order if it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes turns: each request starts at the next target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with the target that has the fewest requests in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with the target that answered fastest lately, now and then re-measuring the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with the target this request would cost least on; unpriced targets last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RouteGraphView</name>
    <message numerus="yes">
        <source>%n retry(ies) per target</source>
        <translation>
            <numerusform>%n retry per target</numerusform>
            <numerusform>%n retries per target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) or route(s) send requests here.</source>
        <translation>
            <numerusform>%n rule or route sends requests here.</numerusform>
            <numerusform>%n rules or routes send requests here.</numerusform>
        </translation>
    </message>
    <message>
        <source>weight %1 · %2 of first picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested route &apos;%1&apos;: its own strategy orders its targets here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↻ back to route &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This nested route leads back to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add a route on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends matching requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when no rule matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nests this route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next target on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients send requests here by asking for the model &apos;%1&apos;, or a rule sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop models here from the palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RoutePaletteModel</name>
    <message>
        <source>The model catalog does not know this provider&apos;s models: the models your routes use are listed; type others in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models the catalog lists for %1, and the ones your routes use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes (nest one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nested route orders its own targets at the place it is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested route %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RoutesPage</name>
    <message numerus="yes">
        <source>failing: %n failure(s) in a row</source>
        <translation>
            <numerusform>failing: %n failure in a row</numerusform>
            <numerusform>failing: %n failures in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>p50 %1 ms (%n request(s))</source>
        <translation>
            <numerusform>p50 %1 ms (%n request)</numerusform>
            <numerusform>p50 %1 ms (%n requests)</numerusform>
        </translation>
    </message>
    <message>
        <source>A target at one of its limits is skipped for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As set globally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when to move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sticky header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sticky field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cache time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other route to nest: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the nested route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the route &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the route &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the route &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a route named &apos;%1&apos;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the route &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the applied routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the applied routes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route &apos;%1&apos;, target %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied, the config was refused:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: new requests follow these routes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: every Apply keeps one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read that version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the edits not applied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring a version replaces the routes being edited. The edits not applied yet are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore that version:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the version of %1; it is now the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This route has problems: see its graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of first picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights only matter in a weighted route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed for %1 (catalog checked %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the catalog does not know this provider&apos;s models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circuit open: cooling down (%1 s left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-open: a probe request is in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · errors %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50: no recent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routes being served</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RuleListModel</name>
    <message>
        <source>The rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another rule is named &apos;%1&apos; too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (when no rule matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RuleReplayModel</name>
    <message>
        <source>unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, or another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why undetermined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RulesPage</name>
    <message numerus="yes">
        <source>Replaying %n request(s)…</source>
        <translation>
            <numerusform>Replaying %n request…</numerusform>
            <numerusform>Replaying %n requests…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n logged request(s) against the draft: </source>
        <translation>
            <numerusform>Replayed %n logged request against the draft: </numerusform>
            <numerusform>Replayed %n logged requests against the draft: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change route or first target, </source>
        <translation>
            <numerusform>%n would change route or first target, </numerusform>
            <numerusform>%n would change route or first target, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n unchanged, </numerusform>
            <numerusform>%n unchanged, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undetermined (the log lacks what a rule looks at).</source>
        <translation>
            <numerusform>%n undetermined (the log lacks what a rule looks at).</numerusform>
            <numerusform>%n undetermined (the log lacks what a rule looks at).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost of the %n changed request(s) with prices: </source>
        <translation>
            <numerusform>Estimated cost of the %n changed request with prices: </numerusform>
            <numerusform>Estimated cost of the %n changed requests with prices: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed request(s) unpriced, left out of the estimate.</source>
        <translation>
            <numerusform>%n changed request unpriced, left out of the estimate.</numerusform>
            <numerusform>%n changed requests unpriced, left out of the estimate.</numerusform>
        </translation>
    </message>
    <message>
        <source>the model the request names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider/model target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere: refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logged request keeps its model, app, streaming, size and time; its headers, images, tools and text are not logged and count as absent here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise (the default rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the message the refused requests get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters must be a JSON object, such as {&quot;temperature&quot;: 0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has changes that are not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are as applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the parameters are not a JSON object. Fix them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the config would be invalid.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: new requests are routed by these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: the requested model decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches rule %1, &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matches: the default rule applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to %1 directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to the route &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output capped at %L1 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage database: turn on usage storage in Settings to replay logged requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the logged requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the usage database: %1. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged, %2 with the draft (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::SettingsPage</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The endpoint is restarting with the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The new language applies from the next start of Switchyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::TopModelsModel</name>
    <message>
        <source>Requests with no known price, not counted in this sum: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %L2 unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::TrayIcon</name>
    <message numerus="yes">
        <source>%n failure(s) in a row; Switchyard sends its requests elsewhere for %1 s.</source>
        <translation>
            <numerusform>%n failure in a row; Switchyard sends its requests elsewhere for %1 s.</numerusform>
            <numerusform>%n failures in a row; Switchyard sends its requests elsewhere for %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard: listening on %1, %2 spent today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard: the endpoint is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has spent %2 of its %3 budget of %4: its requests are refused until it resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has spent %2 of its %3 budget of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::UsageChart</name>
    <message>
        <source>%1: summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::UsageCharts</name>
    <message>
        <source>Chart time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range: from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range: to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack spend and requests by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stack by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current chart&apos;s data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom range ends before it starts: pick a later end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage database: turn on usage storage in Settings to see charts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the usage database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the image to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the data to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::UsageLogModel</name>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider/model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in/out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::UsageLogWorker</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::UsageQueryWorker</name>
    <message>
        <source>No usage database: turn on usage storage in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageTables</name>
    <message>
        <source>%1 (UTC day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpriced requests: %L1 (cost unknown, not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %L1 requests, %L2 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of them read from the provider&apos;s cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of them reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %L1 input and %L2 output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests with estimated counts (the provider did not report them): %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 requests failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 requests failed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hits: %L1, saving %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hits: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by the cache: %1 (cache hits: %L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests measured: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests measured: %L1. A percentile is the upper edge of the latency bucket it falls in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpriced requests: %L1 (their cost is unknown and not counted above; add a price under Providers &amp; Keys to count new ones)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage is not being recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
