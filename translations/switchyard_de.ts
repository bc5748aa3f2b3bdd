<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
</TS>
