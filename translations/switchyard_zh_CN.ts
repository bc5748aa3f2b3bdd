<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppsPage</name>
    <message>
        <source>Each app (an IDE plugin, a CLI agent, a script) gets its own access token, so its requests are counted, limited and revocable on their own.</source>
        <translation>每个应用（IDE 插件、CLI 代理、脚本）都有自己的访问令牌，因此其请求可以单独统计、限制和撤销。</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New app:</source>
        <translation>新应用(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of the new app</source>
        <translation>新应用的名称</translation>
    </message>
    <message>
        <source>e.g. claude-code</source>
        <translation>例如 claude-code</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Create the app and its token</source>
        <translation>创建应用及其令牌</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <source>Revoke the selected app&apos;s token</source>
        <translation>撤销所选应用的令牌</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>上一操作的结果</translation>
    </message>
    <message>
        <source>The new app&apos;s token (shown only now)</source>
        <translation>新应用的令牌（仅显示这一次）</translation>
    </message>
    <message>
        <source>The new app&apos;s token</source>
        <translation>新应用的令牌</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>复制令牌</translation>
    </message>
    <message>
        <source>Use it from</source>
        <translation>在客户端中使用</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>客户端(&amp;L)：</translation>
    </message>
    <message>
        <source>Client to set up</source>
        <translation>要配置的客户端</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Route or model the client asks for</source>
        <translation>客户端请求的路由或模型</translation>
    </message>
    <message>
        <source>Setup to paste</source>
        <translation>待粘贴的配置</translation>
    </message>
    <message>
        <source>Copy &amp;setup</source>
        <translation>复制配置(&amp;S)</translation>
    </message>
    <message>
        <source>Copy the setup</source>
        <translation>复制配置</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>本月花费</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ClientSetup</name>
    <message>
        <source>The base URL has no /v1. Do not set ANTHROPIC_API_KEY as well: Claude Code warns about two credentials.</source>
        <translation>基础 URL 不带 /v1。请勿同时设置 ANTHROPIC_API_KEY，否则 Claude Code 会提示存在两种凭据。</translation>
    </message>
    <message>
        <source>Codex speaks only the Responses API; Switchyard translates it for any provider.</source>
        <translation>Codex 仅支持 Responses API；Switchyard 会为任意提供商进行转换。</translation>
    </message>
    <message>
        <source>aider needs the openai/ prefix in front of the model name.</source>
        <translation>aider 需要在模型名称前加上 openai/ 前缀。</translation>
    </message>
    <message>
        <source>Open WebUI lists the models from Switchyard&apos;s /v1/models: your routes and their targets.</source>
        <translation>Open WebUI 会列出 Switchyard 的 /v1/models 中的模型，即您的路由及其目标。</translation>
    </message>
    <message>
        <source>The Anthropic SDKs take the root without /v1.</source>
        <translation>Anthropic SDK 使用不带 /v1 的根地址。</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>&amp;Time:</source>
        <translation>时间范围(&amp;T)：</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>应用(&amp;P)：</translation>
    </message>
    <message>
        <source>App filter</source>
        <translation>应用筛选</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>路由(&amp;R)：</translation>
    </message>
    <message>
        <source>Route filter</source>
        <translation>路由筛选</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>提供商(&amp;V)：</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>提供商筛选</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>模型筛选</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>&amp;Cached only</source>
        <translation>仅显示缓存(&amp;C)</translation>
    </message>
    <message>
        <source>Show only answers from the cache</source>
        <translation>仅显示来自缓存的响应</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the rows matching the filters as CSV</source>
        <translation>将符合筛选条件的行导出为 CSV</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Details of the selected request</source>
        <translation>所选请求的详细信息</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>所选请求</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Request time</source>
        <translation>请求时间</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>端点：</translation>
    </message>
    <message>
        <source>Endpoint and dialect</source>
        <translation>端点和 API 格式</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>路由：</translation>
    </message>
    <message>
        <source>Requested model, route and target</source>
        <translation>请求的模型、路由和目标</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Status the client got</source>
        <translation>客户端收到的状态</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>尝试次数：</translation>
    </message>
    <message>
        <source>Upstream attempts</source>
        <translation>上游尝试次数</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Token 数：</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Timing:</source>
        <translation>耗时：</translation>
    </message>
    <message>
        <source>Latency and time to first byte</source>
        <translation>延迟和首字节时间</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>字节数：</translation>
    </message>
    <message>
        <source>Bytes in and out</source>
        <translation>输入和输出字节数</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>缓存：</translation>
    </message>
    <message>
        <source>Cache hit and saved cost</source>
        <translation>缓存命中和节省的费用</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Loading state and messages</source>
        <translation>加载状态和消息</translation>
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
        <translation>本地端点</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Endpoint status</source>
        <translation>端点状态</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Base URL for OpenAI-compatible clients</source>
        <translation>供 OpenAI 兼容客户端使用的基础 URL</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy base URL</source>
        <translation>复制基础 URL</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Requests served:</source>
        <translation>已处理请求：</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>已处理请求</translation>
    </message>
    <message>
        <source>In flight:</source>
        <translation>处理中：</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>正在处理的请求</translation>
    </message>
    <message>
        <source>Open connections:</source>
        <translation>当前连接：</translation>
    </message>
    <message>
        <source>Open client connections</source>
        <translation>当前客户端连接</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>The services Switchyard sends requests to. Keys go into your system keychain and are never shown again.</source>
        <translation>Switchyard 向其发送请求的服务。密钥保存在系统密钥环中，之后不会再显示。</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test the selected provider and list its models</source>
        <translation>测试所选提供商并列出其模型</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>移除所选提供商</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>上一操作的结果</translation>
    </message>
    <message>
        <source>Models the provider offers</source>
        <translation>提供商提供的模型</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>Service to add</source>
        <translation>要添加的服务</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of the provider in Switchyard</source>
        <translation>提供商在 Switchyard 中的名称</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Base URL of the provider&apos;s API</source>
        <translation>提供商 API 的基础 URL</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>API key (stored in the system keychain)</source>
        <translation>API 密钥（保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>&amp;Add provider</source>
        <translation>添加提供商(&amp;A)</translation>
    </message>
    <message>
        <source>Add the provider</source>
        <translation>添加该提供商</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Local endpoint</source>
        <translation>本地端点</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Endpoint state</source>
        <translation>端点状态</translation>
    </message>
    <message>
        <source>Stop or start the endpoint</source>
        <translation>停止或启动端点</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>Address the endpoint listens on</source>
        <translation>端点监听的地址</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Port the endpoint listens on</source>
        <translation>端点监听的端口</translation>
    </message>
    <message>
        <source>Require an app &amp;token on every request</source>
        <translation>每个请求都需要应用令牌(&amp;T)</translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation>允许的来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Web origins allowed to call the endpoint, separated by commas</source>
        <translation>允许调用端点的 Web 来源，以逗号分隔</translation>
    </message>
    <message>
        <source>none (browsers are refused)</source>
        <translation>无（拒绝浏览器访问）</translation>
    </message>
    <message>
        <source>Usage and cache</source>
        <translation>用量和缓存</translation>
    </message>
    <message>
        <source>&amp;Record every request in the usage database</source>
        <translation>在用量数据库中记录每个请求(&amp;R)</translation>
    </message>
    <message>
        <source>Keep request &amp;details for:</source>
        <translation>请求详情保留时间(&amp;D)：</translation>
    </message>
    <message>
        <source>Days to keep the details of each request</source>
        <translation>每个请求的详情保留天数</translation>
    </message>
    <message>
        <source>&amp;Cache identical deterministic requests</source>
        <translation>缓存相同的确定性请求(&amp;C)</translation>
    </message>
    <message>
        <source>Cache &amp;lifetime:</source>
        <translation>缓存有效期(&amp;E)：</translation>
    </message>
    <message>
        <source>Seconds a cached answer stays valid</source>
        <translation>缓存响应的有效秒数</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Where usage and cache are stored</source>
        <translation>用量和缓存的存储位置</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;N)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Start Switchyard when I &amp;log in</source>
        <translation>登录时启动 Switchyard(&amp;G)</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;U)：</translation>
    </message>
    <message>
        <source>Language of the app (after a restart)</source>
        <translation>应用程序的语言（重启后生效）</translation>
    </message>
    <message>
        <source>Result of the last change</source>
        <translation>上次更改的结果</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用更改(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>应用设置</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::AppController</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use by another program (%3); choose another port. The endpoint keeps running on %4.</source>
        <translation>%2 上的端口 %1 已被其他程序占用（%3），请选择其他端口。端点将继续在 %4 上运行。</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::AppsPage</name>
    <message numerus="yes">
        <source>%n request(s)/min</source>
        <translation>
            <numerusform>每分钟 %n 次请求</numerusform>
        </translation>
    </message>
    <message>
        <source>$%1/day</source>
        <translation>$%1/天</translation>
    </message>
    <message>
        <source>$%1/month</source>
        <translation>$%1/月</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Could not create the app: %1</source>
        <translation>无法创建应用：%1</translation>
    </message>
    <message>
        <source>Created the app &apos;%1&apos;. Copy its token now: Switchyard keeps only a hash of it and cannot show it again.</source>
        <translation>已创建应用“%1”。请立即复制其令牌：Switchyard 只保存令牌的哈希值，无法再次显示。</translation>
    </message>
    <message>
        <source>Revoke the app &apos;%1&apos;?</source>
        <translation>撤销应用“%1”？</translation>
    </message>
    <message>
        <source>Requests with its token will be refused from now on. This cannot be undone; the app will need a new token.</source>
        <translation>从现在起，使用该令牌的请求将被拒绝。此操作无法撤消，该应用需要新的令牌。</translation>
    </message>
    <message>
        <source>Could not revoke &apos;%1&apos;: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>Revoked the app &apos;%1&apos;.</source>
        <translation>已撤销应用“%1”。</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::FirstRunWizard</name>
    <message>
        <source>Welcome to Switchyard</source>
        <translation>欢迎使用 Switchyard</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Create the provider, the default route and the app token</source>
        <translation>创建提供商、默认路由和应用令牌</translation>
    </message>
    <message>
        <source>Finish and close the welcome</source>
        <translation>完成并关闭欢迎向导</translation>
    </message>
    <message>
        <source>Cancel the welcome</source>
        <translation>取消欢迎向导</translation>
    </message>
    <message>
        <source>One local endpoint for your scripts and tools, in front of every AI provider. Three steps: choose a provider, add its key, and copy a ready-to-use snippet.</source>
        <translation>为你的脚本和工具提供一个本地端点，统一接入所有 AI 提供商。只需三步：选择提供商、添加其密钥、复制现成的代码片段。</translation>
    </message>
    <message>
        <source>&amp;Which provider do you want to use first?</source>
        <translation>你想先使用哪个提供商？(&amp;W)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>%1 (on this computer, no key needed)</source>
        <translation>%1（在本机运行，无需密钥）</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Switchyard keeps it in your system keychain, never in a file, and will not show it again.</source>
        <translation>Switchyard 会将其保存在系统密钥环中，绝不写入文件，之后也不会再显示。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>在此粘贴密钥</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Storing the key</source>
        <translation>正在保存密钥</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>密钥状态</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>重新测试(&amp;T)</translation>
    </message>
    <message>
        <source>Test the connection again</source>
        <translation>重新测试连接</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>默认模型(&amp;M)：</translation>
    </message>
    <message>
        <source>“Create” adds the provider, a route named “default” that sends requests to this model, and a token for your first app.</source>
        <translation>“创建”会添加该提供商、一条名为“default”的路由（将请求发送到此模型），以及供你第一个应用使用的令牌。</translation>
    </message>
    <message>
        <source>Ready to go</source>
        <translation>一切就绪</translation>
    </message>
    <message>
        <source>App &amp;token (copy it now: Switchyard keeps only a hash of it and cannot show it again):</source>
        <translation>应用令牌(&amp;T)（请立即复制：Switchyard 只保存其哈希值，无法再次显示）：</translation>
    </message>
    <message>
        <source>App token</source>
        <translation>应用令牌</translation>
    </message>
    <message>
        <source>Cop&amp;y token</source>
        <translation>复制令牌(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the app token</source>
        <translation>复制应用令牌</translation>
    </message>
    <message>
        <source>Use it &amp;from:</source>
        <translation>使用方式(&amp;F)：</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Copy &amp;snippet</source>
        <translation>复制代码片段(&amp;S)</translation>
    </message>
    <message>
        <source>Copy the snippet</source>
        <translation>复制代码片段</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>代码片段</translation>
    </message>
    <message>
        <source>https://&lt;your resource&gt;.openai.azure.com</source>
        <translation>https://&lt;您的资源&gt;.openai.azure.com</translation>
    </message>
    <message>
        <source>Enter your resource&apos;s endpoint, as shown in the Azure portal.</source>
        <translation>请输入 Azure 门户中显示的资源端点。</translation>
    </message>
    <message>
        <source>Start %1 first; change the URL if it listens elsewhere.</source>
        <translation>请先启动 %1；如果它监听在其他地址，请修改 URL。</translation>
    </message>
    <message>
        <source>Leave the URL as it is unless you reach %1 through a proxy.</source>
        <translation>除非你通过代理访问 %1，否则请保持 URL 不变。</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>正在将密钥保存到系统密钥环…</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain, so nothing was added: %1
Unlock the keychain (or start its service), then press “Next” to try again.</source>
        <translation>无法将密钥保存到系统密钥环，因此未添加任何内容：%1
请解锁密钥环（或启动其服务），然后点击“下一步”重试。</translation>
    </message>
    <message>
        <source>The key is in the keychain.</source>
        <translation>密钥已保存在密钥环中。</translation>
    </message>
    <message>
        <source>Add your %1 key</source>
        <translation>添加你的 %1 密钥</translation>
    </message>
    <message>
        <source>Create a key in your %1 account, or copy an existing one (see &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;), and paste it below.</source>
        <translation>请在你的 %1 账户中创建密钥或复制现有密钥（参见 &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;），然后粘贴到下方。</translation>
    </message>
    <message>
        <source>Paste your %1 key below.</source>
        <translation>请在下方粘贴你的 %1 密钥。</translation>
    </message>
    <message>
        <source>Switchyard asks %1 for its models. Choose the one your scripts get by default.</source>
        <translation>Switchyard 正在向 %1 查询其模型。请选择你的脚本默认使用的模型。</translation>
    </message>
    <message>
        <source>Done. Requests for the model “%1” now go to %2 at %3. Your app signs in with the token below; the snippet is ready to paste into a terminal or your code. Switchyard&apos;s endpoint is %4.</source>
        <translation>完成。对模型“%1”的请求现在会发送到 %3 的 %2。你的应用使用下方的令牌进行认证；代码片段可直接粘贴到终端或代码中。Switchyard 的端点是 %4。</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 查询模型…</translation>
    </message>
    <message>
        <source>Check the key or the base URL (“Back”), then press “Test again”. If you know the model&apos;s name, you can also type it below.</source>
        <translation>请检查密钥或基础 URL（“上一步”），然后点击“重新测试”。如果你知道模型名称，也可以在下方直接输入。</translation>
    </message>
    <message>
        <source>%1 answered but listed no models. Type the name of the model to use below.</source>
        <translation>%1 已响应，但未列出任何模型。请在下方输入要使用的模型名称。</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered: %n model(s) available. Choose the one your scripts get by default.</source>
        <translation>
            <numerusform>%1 已响应：有 %n 个可用模型。请选择你的脚本默认使用的模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a provider named &apos;%1&apos;; go back to the first step and start again.</source>
        <translation>已存在名为“%1”的提供商；请返回第一步重新开始。</translation>
    </message>
    <message>
        <source>Could not create the app token: %1</source>
        <translation>无法创建应用令牌：%1</translation>
    </message>
    <message>
        <source>Could not save the setup: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>Is %1 running? Start it or check the base URL (“Back”), then press “Test again”. If you know the model&apos;s name, you can also type it below.</source>
        <translation>%1 是否正在运行？请启动它或检查基础 URL（“上一步”），然后点击“重新测试”。如果你知道模型名称，也可以在下方直接输入。</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::LogsPage</name>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Could not read the usage database: %1. Check the data folder&apos;s permissions, or the database URL in Settings.</source>
        <translation>无法读取用量数据库：%1。请检查数据文件夹的权限，或“设置”中的数据库 URL。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>导出请求</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>No usage database: turn on usage storage in Settings to see requests here.</source>
        <translation>没有用量数据库：请在“设置”中开启用量记录，以便在此查看请求。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Scroll for more.</source>
        <translation>滚动以查看更多。</translation>
    </message>
    <message>
        <source>%1, %2 dialect%3</source>
        <translation>%1，%2 格式%3</translation>
    </message>
    <message>
        <source>, streamed</source>
        <translation>，流式</translation>
    </message>
    <message>
        <source>%1 → %2 → %3%4</source>
        <translation>%1 → %2 → %3%4</translation>
    </message>
    <message>
        <source> (translated)</source>
        <translation>（已转换）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1. %2/%3: %4%5, %6 ms</source>
        <translation>%1. %2/%3：%4%5，%6 毫秒</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>none (not sent upstream)</source>
        <translation>无（未发送到上游）</translation>
    </message>
    <message>
        <source>%1 in (%2 cached read, %3 cache write), %4 out (%5 reasoning)</source>
        <translation>输入 %1（缓存读取 %2，缓存写入 %3），输出 %4（推理 %5）</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>%1 ms total, first byte after %2 ms</source>
        <translation>共 %1 毫秒，首字节用时 %2 毫秒</translation>
    </message>
    <message>
        <source>%1 ms total</source>
        <translation>共 %1 毫秒</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>输入 %1，输出 %2</translation>
    </message>
    <message>
        <source>Hit, saved %1</source>
        <translation>命中，节省 %1</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>未命中</translation>
    </message>
    <message>
        <source>Export finished: %L1 rows written.</source>
        <translation>导出完成：已写入 %L1 行。</translation>
    </message>
    <message>
        <source>Requests shown: %L1.</source>
        <translation>已显示的请求：%L1。</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>The config %1 is invalid:
%2</source>
        <translation>配置文件 %1 无效：
%2</translation>
    </message>
    <message>
        <source>Switchyard could not start the endpoint</source>
        <translation>Switchyard 无法启动端点</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation>已复制基础 URL</translation>
    </message>
    <message>
        <source>Providers &amp; Keys</source>
        <translation>提供商与密钥</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Switchyard keeps running</source>
        <translation>Switchyard 仍在运行</translation>
    </message>
    <message>
        <source>The endpoint still serves your apps. Quit from the tray icon&apos;s menu.</source>
        <translation>端点仍在为你的应用提供服务。请从托盘图标的菜单中退出。</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::ProviderProbe</name>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 refused the key (HTTP %2): %3</source>
        <translation>%1 拒绝了该密钥（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回 HTTP %2：%3</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::ProvidersPage</name>
    <message>
        <source>In the keychain</source>
        <translation>在密钥环中</translation>
    </message>
    <message>
        <source>In the keychain (%1)</source>
        <translation>在密钥环中（%1）</translation>
    </message>
    <message>
        <source>From $%1</source>
        <translation>来自 $%1</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cooling down (%1 s)</source>
        <translation>冷却中（%1 秒）</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>尚无请求</translation>
    </message>
    <message>
        <source>Failing (%1% errors)</source>
        <translation>故障（错误率 %1%）</translation>
    </message>
    <message>
        <source>OK · %1 ms · %2% errors</source>
        <translation>正常 · %1 毫秒 · 错误率 %2%</translation>
    </message>
    <message>
        <source>https://&lt;your resource&gt;.openai.azure.com</source>
        <translation>https://&lt;您的资源&gt;.openai.azure.com</translation>
    </message>
    <message>
        <source>Not needed for a local server</source>
        <translation>本地服务器无需密钥</translation>
    </message>
    <message>
        <source>Paste the key from %1</source>
        <translation>粘贴从 %1 获取的密钥</translation>
    </message>
    <message>
        <source>There is already a provider named &apos;%1&apos;; choose another name.</source>
        <translation>已存在名为“%1”的提供商，请换一个名称。</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain, so nothing was added: %1</source>
        <translation>无法将密钥保存到系统密钥环，因此未添加任何内容：%1</translation>
    </message>
    <message>
        <source>Could not add &apos;%1&apos;: %2</source>
        <translation>无法添加“%1”：%2</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;. Use “Test connection” to check the key and see its models.</source>
        <translation>已添加“%1”。使用“测试连接”检查密钥并查看其模型。</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>正在将密钥保存到系统密钥环…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by the route(s) %2: change them first.</source>
        <translation>“%1”正被路由 %2 使用，请先修改这些路由。</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translation>移除“%1”？</translation>
    </message>
    <message>
        <source>The provider and its key in the keychain will be removed.</source>
        <translation>将移除该提供商及其在密钥环中的密钥。</translation>
    </message>
    <message>
        <source>Could not remove &apos;%1&apos;: %2</source>
        <translation>无法移除“%1”：%2</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation>已移除“%1”。</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 查询模型…</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered: %n model(s) available.</source>
        <translation>
            <numerusform>%1 已响应：有 %n 个可用模型。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::SettingsPage</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Saved. The endpoint is restarting with the new address.</source>
        <translation>已保存。端点正在使用新地址重启。</translation>
    </message>
    <message>
        <source>Saved. The new language applies from the next start of Switchyard.</source>
        <translation>已保存。新语言将在下次启动 Switchyard 时生效。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::TrayIcon</name>
    <message>
        <source>Show Switchyard</source>
        <translation>显示 Switchyard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>Endpoint stopped</source>
        <translation>端点已停止</translation>
    </message>
    <message>
        <source>Spent today: %1</source>
        <translation>今日花费：%1</translation>
    </message>
    <message>
        <source>Pause the endpoint</source>
        <translation>暂停端点</translation>
    </message>
    <message>
        <source>Resume the endpoint</source>
        <translation>恢复端点</translation>
    </message>
    <message>
        <source>Switchyard: listening on %1, %2 spent today</source>
        <translation>Switchyard：正在监听 %1，今日已花费 %2</translation>
    </message>
    <message>
        <source>Switchyard: the endpoint is stopped</source>
        <translation>Switchyard：端点已停止</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 不可用</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row; Switchyard sends its requests elsewhere for %1 s.</source>
        <translation>
            <numerusform>连续失败 %n 次；Switchyard 将在 %1 秒内把请求转发到其他目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget warning: %1</source>
        <translation>预算警告：%1</translation>
    </message>
    <message>
        <source>%1 has spent %2 of its %3 budget of %4: its requests are refused until it resets.</source>
        <translation>%1 已花费 %2（%3 预算 %4）：在预算重置前，其请求将被拒绝。</translation>
    </message>
    <message>
        <source>%1 has spent %2 of its %3 budget of %4.</source>
        <translation>%1 已花费 %2（%3 预算 %4）。</translation>
    </message>
    <message>
        <source>the app &apos;%1&apos;</source>
        <translation>应用“%1”</translation>
    </message>
    <message>
        <source>the route &apos;%1&apos;</source>
        <translation>路由“%1”</translation>
    </message>
    <message>
        <source>Switchyard</source>
        <translation>Switchyard</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::UsageLogModel</name>
    <message>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>未定价</translation>
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
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Provider/model</source>
        <translation>提供商/模型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tokens in/out</source>
        <translation>输入/输出 Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::UsageLogWorker</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage is not being recorded: %1</source>
        <translation>用量未被记录：%1</translation>
    </message>
</context>
</TS>
