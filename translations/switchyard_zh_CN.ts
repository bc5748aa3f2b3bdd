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
    <message>
        <source>Limits of the selected app</source>
        <translation>所选应用的限制</translation>
    </message>
    <message>
        <source>Routes it may &amp;use (none ticked: every route and provider/model):</source>
        <translation>可使用的路由(&amp;U)（均未勾选：可使用所有路由和提供商/模型）：</translation>
    </message>
    <message>
        <source>Routes the app may use</source>
        <translation>该应用可使用的路由</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>每分钟请求数(&amp;M)：</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>每分钟请求数</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Daily budget:</source>
        <translation>每日预算(&amp;D)：</translation>
    </message>
    <message>
        <source>Daily budget in dollars</source>
        <translation>每日预算（美元）</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>M&amp;onthly budget:</source>
        <translation>每月预算(&amp;O)：</translation>
    </message>
    <message>
        <source>Monthly budget in dollars</source>
        <translation>每月预算（美元）</translation>
    </message>
    <message>
        <source>&amp;Warn at:</source>
        <translation>警告阈值(&amp;W)：</translation>
    </message>
    <message>
        <source>Warn at this share of a budget</source>
        <translation>花费达到预算的此比例时发出警告</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Save &amp;limits</source>
        <translation>保存限制(&amp;L)</translation>
    </message>
    <message>
        <source>Save the selected app&apos;s limits</source>
        <translation>保存所选应用的限制</translation>
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
    <name>ChartTable</name>
    <message>
        <source>%L1 tokens</source>
        <translation>%L1 个 Token</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 毫秒</translation>
    </message>
    <message>
        <source>%L1 %</source>
        <translation>%L1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>全部：%1</translation>
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
    <message>
        <source>&amp;Bodies:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <source>Request and response bodies</source>
        <translation>请求和响应正文</translation>
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
    <name>OverviewPage</name>
    <message>
        <source>At a glance</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Spent today:</source>
        <translation>今日花费：</translation>
    </message>
    <message>
        <source>Spent today</source>
        <translation>今日花费</translation>
    </message>
    <message>
        <source>Requests today:</source>
        <translation>今日请求：</translation>
    </message>
    <message>
        <source>Requests today</source>
        <translation>今日请求</translation>
    </message>
    <message>
        <source>Errors today:</source>
        <translation>今日错误：</translation>
    </message>
    <message>
        <source>Errors today</source>
        <translation>今日错误</translation>
    </message>
    <message>
        <source>This month:</source>
        <translation>本月：</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>本月花费</translation>
    </message>
    <message>
        <source>Monthly budget:</source>
        <translation>每月预算：</translation>
    </message>
    <message>
        <source>This month&apos;s spend against the overall monthly budget</source>
        <translation>本月花费与总体每月预算的对比</translation>
    </message>
    <message>
        <source>Top models this month</source>
        <translation>本月热门模型</translation>
    </message>
    <message>
        <source>Ran&amp;k by:</source>
        <translation>排序依据(&amp;K)：</translation>
    </message>
    <message>
        <source>Rank the top models by</source>
        <translation>热门模型的排序依据</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>&amp;Route or model:</source>
        <translation>路由或模型(&amp;R)：</translation>
    </message>
    <message>
        <source>Route or model</source>
        <translation>路由或模型</translation>
    </message>
    <message>
        <source>A route name, or provider/model to call one model directly</source>
        <translation>路由名称，或以“提供商/模型”形式直接调用某个模型</translation>
    </message>
    <message>
        <source>&amp;As app:</source>
        <translation>以应用身份(&amp;A)：</translation>
    </message>
    <message>
        <source>As app</source>
        <translation>以应用身份</translation>
    </message>
    <message>
        <source>The app the request is counted for; an app&apos;s route limits and budgets apply to it</source>
        <translation>请求计入的应用；该应用的路由限制和预算将适用于此请求</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>系统提示词(&amp;Y)：</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Prompt (Ctrl+Enter sends):</source>
        <translation>提示词(&amp;P)（按 Ctrl+Enter 发送）：</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>S&amp;tream the reply</source>
        <translation>流式输出回复(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>回复(&amp;R)：</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>How it was served</source>
        <translation>处理详情</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>路由：</translation>
    </message>
    <message>
        <source>Served by:</source>
        <translation>处理方：</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Token 数：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
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
    <name>RoutesPage</name>
    <message>
        <source>A route is a model name your apps can ask for. Draw where its requests go: drag models onto the graph, order them, choose how the route picks among them, then Apply. Edits stay a draft until then.</source>
        <translation>路由是应用可以请求的模型名称。在图中规划其请求的去向：将模型拖到图上、调整顺序、选择路由在它们之间的选择方式，然后点击“应用更改”。在此之前，所做的编辑都只是草稿。</translation>
    </message>
    <message>
        <source>&amp;Routes:</source>
        <translation>路由(&amp;R)：</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>The routes: what clients ask for as &quot;model&quot;. Double-click or F2 to rename.</source>
        <translation>路由即客户端在“model”中请求的名称。双击或按 F2 可重命名。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a route</source>
        <translation>添加路由</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Rename the selected route</source>
        <translation>重命名所选路由</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate the selected route</source>
        <translation>为所选路由创建副本</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected route</source>
        <translation>移除所选路由</translation>
    </message>
    <message>
        <source>&amp;Models (drag onto the graph):</source>
        <translation>模型(&amp;M)（拖到图上）：</translation>
    </message>
    <message>
        <source>Models and routes to add as targets</source>
        <translation>可添加为目标的模型和路由</translation>
    </message>
    <message>
        <source>Drag a model onto the graph where it should go, or press Enter to add it at the end.</source>
        <translation>将模型拖到图中的目标位置，或按 Enter 将其添加到末尾。</translation>
    </message>
    <message>
        <source>Add &amp;to route</source>
        <translation>添加到路由(&amp;T)</translation>
    </message>
    <message>
        <source>Add the chosen model to the route</source>
        <translation>将所选模型添加到路由</translation>
    </message>
    <message>
        <source>Applied versions</source>
        <translation>已应用的版本</translation>
    </message>
    <message>
        <source>Applied versions of the config, newest first</source>
        <translation>已应用的配置版本，最新的在前</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>恢复(&amp;S)</translation>
    </message>
    <message>
        <source>Restore the chosen version</source>
        <translation>恢复所选版本</translation>
    </message>
    <message>
        <source>Apply the chosen version again (the apps&apos; access tokens stay as they are now).</source>
        <translation>重新应用所选版本（各应用的访问令牌保持现状）。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤消</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>撤消上一次编辑</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤消（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>重做已撤消的编辑</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move the selected target up</source>
        <translation>上移所选目标</translation>
    </message>
    <message>
        <source>Alt+Up in the graph</source>
        <translation>在图中按 Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected target down</source>
        <translation>下移所选目标</translation>
    </message>
    <message>
        <source>Alt+Down in the graph</source>
        <translation>在图中按 Alt+Down</translation>
    </message>
    <message>
        <source>Remove tar&amp;get</source>
        <translation>移除目标(&amp;G)</translation>
    </message>
    <message>
        <source>Remove the selected target</source>
        <translation>移除所选目标</translation>
    </message>
    <message>
        <source>Delete in the graph</source>
        <translation>在图中按 Delete</translation>
    </message>
    <message>
        <source>Route graph</source>
        <translation>路由图</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>上一操作的结果</translation>
    </message>
    <message>
        <source>State of the draft</source>
        <translation>草稿状态</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the edits not applied yet</source>
        <translation>放弃尚未应用的编辑</translation>
    </message>
    <message>
        <source>Apply an&amp;yway</source>
        <translation>仍然应用(&amp;Y)</translation>
    </message>
    <message>
        <source>Apply although the model catalog does not list a model</source>
        <translation>即使模型目录未列出某个模型，也仍然应用</translation>
    </message>
    <message>
        <source>The model catalog can be behind a provider: apply with the models as they are.</source>
        <translation>模型目录可能落后于提供商的实际情况：按当前模型直接应用。</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用更改(&amp;P)</translation>
    </message>
    <message>
        <source>Apply the routes to the running endpoint</source>
        <translation>将路由应用到正在运行的端点</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>所选节点</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Route name</source>
        <translation>路由名称</translation>
    </message>
    <message>
        <source>What clients send as &quot;model&quot;. Letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;:&quot;, &quot;@&quot;, &quot;-&quot;.</source>
        <translation>客户端在“model”中发送的名称。可使用字母、数字及“.”“_”“:”“@”“-”。</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>策略(&amp;S)：</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>What the strategy does</source>
        <translation>策略说明</translation>
    </message>
    <message>
        <source>Weights (share of first picks)</source>
        <translation>权重（首选占比）</translation>
    </message>
    <message>
        <source>Retries and fallback</source>
        <translation>重试与故障转移</translation>
    </message>
    <message>
        <source>Retr&amp;ies per target:</source>
        <translation>每个目标的重试次数(&amp;I)：</translation>
    </message>
    <message>
        <source>Retries per target</source>
        <translation>每个目标的重试次数</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>First &amp;backoff:</source>
        <translation>首次退避(&amp;B)：</translation>
    </message>
    <message>
        <source>First backoff in milliseconds</source>
        <translation>首次退避时间（毫秒）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Longest backo&amp;ff:</source>
        <translation>最长退避(&amp;F)：</translation>
    </message>
    <message>
        <source>Longest backoff in milliseconds</source>
        <translation>最长退避时间（毫秒）</translation>
    </message>
    <message>
        <source>Move on to the next target on:</source>
        <translation>以下情况转到下一个目标：</translation>
    </message>
    <message>
        <source>connection errors</source>
        <translation>连接错误</translation>
    </message>
    <message>
        <source>Next target on connection errors</source>
        <translation>连接错误时转到下一个目标</translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Next target on timeouts</source>
        <translation>超时时转到下一个目标</translation>
    </message>
    <message>
        <source>5xx errors</source>
        <translation>5xx 错误</translation>
    </message>
    <message>
        <source>Next target on server errors</source>
        <translation>服务器错误时转到下一个目标</translation>
    </message>
    <message>
        <source>rate limits (429)</source>
        <translation>速率限制（429）</translation>
    </message>
    <message>
        <source>Next target on rate limits</source>
        <translation>遇到速率限制时转到下一个目标</translation>
    </message>
    <message>
        <source>prompt too long</source>
        <translation>提示词过长</translation>
    </message>
    <message>
        <source>Next target when the prompt is too long</source>
        <translation>提示词过长时转到下一个目标</translation>
    </message>
    <message>
        <source>content filter</source>
        <translation>内容过滤</translation>
    </message>
    <message>
        <source>Next target when the content filter refuses</source>
        <translation>被内容过滤拒绝时转到下一个目标</translation>
    </message>
    <message>
        <source>Sticky sessions</source>
        <translation>粘性会话</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>Sticky session header</source>
        <translation>粘性会话请求头</translation>
    </message>
    <message>
        <source>e.g. x-claude-code-session-id</source>
        <translation>例如 x-claude-code-session-id</translation>
    </message>
    <message>
        <source>Bod&amp;y field:</source>
        <translation>请求体字段(&amp;Y)：</translation>
    </message>
    <message>
        <source>Sticky session body field</source>
        <translation>粘性会话请求体字段</translation>
    </message>
    <message>
        <source>e.g. prompt_cache_key</source>
        <translation>例如 prompt_cache_key</translation>
    </message>
    <message>
        <source>Response cache</source>
        <translation>响应缓存</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>缓存(&amp;C)：</translation>
    </message>
    <message>
        <source>Response cache for this route</source>
        <translation>此路由的响应缓存</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>保留时间(&amp;K)：</translation>
    </message>
    <message>
        <source>Cache time to live in seconds</source>
        <translation>缓存有效期（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>the global setting</source>
        <translation>使用全局设置</translation>
    </message>
    <message>
        <source>Non-&amp;deterministic:</source>
        <translation>非确定性请求(&amp;D)：</translation>
    </message>
    <message>
        <source>Cache non-deterministic requests</source>
        <translation>缓存非确定性请求</translation>
    </message>
    <message>
        <source>Budget for this route</source>
        <translation>此路由的预算</translation>
    </message>
    <message>
        <source>Per da&amp;y:</source>
        <translation>每日(&amp;Y)：</translation>
    </message>
    <message>
        <source>Daily budget in dollars</source>
        <translation>每日预算（美元）</translation>
    </message>
    <message>
        <source> $</source>
        <translation> $</translation>
    </message>
    <message>
        <source>Per mon&amp;th:</source>
        <translation>每月(&amp;T)：</translation>
    </message>
    <message>
        <source>Monthly budget in dollars</source>
        <translation>每月预算（美元）</translation>
    </message>
    <message>
        <source>&amp;Warn at:</source>
        <translation>警告阈值(&amp;W)：</translation>
    </message>
    <message>
        <source>Warn at this percentage of the budget</source>
        <translation>花费达到预算的此百分比时发出警告</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind of target</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>提供商(&amp;R)：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Nested ro&amp;ute:</source>
        <translation>嵌套路由(&amp;U)：</translation>
    </message>
    <message>
        <source>Nested route</source>
        <translation>嵌套路由</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share of first picks</source>
        <translation>首选占比</translation>
    </message>
    <message>
        <source>Limits (0: none)</source>
        <translation>限制（0 表示不限）</translation>
    </message>
    <message>
        <source>In &amp;flight at most:</source>
        <translation>最多同时处理(&amp;F)：</translation>
    </message>
    <message>
        <source>Requests in flight at most</source>
        <translation>最多同时处理的请求数</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Re&amp;quests per minute:</source>
        <translation>每分钟请求数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Requests per minute at most</source>
        <translation>每分钟最多请求数</translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation>每分钟 Token 数(&amp;T)：</translation>
    </message>
    <message>
        <source>Tokens per minute at most</source>
        <translation>每分钟最多 Token 数</translation>
    </message>
    <message>
        <source>Timeouts (0: global)</source>
        <translation>超时（0 表示使用全局设置）</translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>Connect timeout in milliseconds</source>
        <translation>连接超时（毫秒）</translation>
    </message>
    <message>
        <source>global</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>First &amp;byte:</source>
        <translation>首字节(&amp;B)：</translation>
    </message>
    <message>
        <source>First byte timeout in milliseconds</source>
        <translation>首字节超时（毫秒）</translation>
    </message>
    <message>
        <source>&amp;Idle:</source>
        <translation>空闲(&amp;I)：</translation>
    </message>
    <message>
        <source>Idle timeout in milliseconds</source>
        <translation>空闲超时（毫秒）</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>总计(&amp;O)：</translation>
    </message>
    <message>
        <source>Total timeout in milliseconds</source>
        <translation>总超时（毫秒）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>健康状态：</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>模型目录：</translation>
    </message>
    <message>
        <source>What the model catalog knows</source>
        <translation>模型目录中的信息</translation>
    </message>
    <message>
        <source>Problems with this target</source>
        <translation>此目标的问题</translation>
    </message>
</context>
<context>
    <name>RuleChecks</name>
    <message>
        <source>invalid regular expression at offset %1: %2</source>
        <translation>正则表达式无效（位置 %1）：%2</translation>
    </message>
    <message>
        <source>A group needs at least one condition.</source>
        <translation>条件组至少需要一个条件。</translation>
    </message>
    <message>
        <source>&quot;Not&quot; takes exactly one condition (put several in an &quot;all&quot; or &quot;any&quot; group).</source>
        <translation>“不满足”只能包含一个条件（多个条件请放入“全部满足”或“任一满足”组中）。</translation>
    </message>
    <message>
        <source>Give at least one name or pattern.</source>
        <translation>请至少提供一个名称或模式。</translation>
    </message>
    <message>
        <source>Names must not be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>Give the header&apos;s name.</source>
        <translation>请提供请求头名称。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP header name.</source>
        <translation>“%1”不是有效的 HTTP 请求头名称。</translation>
    </message>
    <message>
        <source>Give a minimum, a maximum or both.</source>
        <translation>请提供最小值、最大值或两者。</translation>
    </message>
    <message>
        <source>The maximum must be at least the minimum.</source>
        <translation>最大值不能小于最小值。</translation>
    </message>
    <message>
        <source>Give a keyword or a regular expression.</source>
        <translation>请提供关键词或正则表达式。</translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation>请至少选择一天。</translation>
    </message>
    <message>
        <source>The window&apos;s start and end must differ (turn off the hours for the whole day).</source>
        <translation>时间段的开始和结束不能相同（如需全天，请勾选“全天”）。</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>There is no route &apos;%1&apos;.</source>
        <translation>不存在路由“%1”。</translation>
    </message>
    <message>
        <source>A target is written provider/model, as in openai/gpt-4o.</source>
        <translation>目标应写作 provider/model，例如 openai/gpt-4o。</translation>
    </message>
    <message>
        <source>There is no provider &apos;%1&apos;.</source>
        <translation>不存在提供商“%1”。</translation>
    </message>
    <message>
        <source>Parameters must not set &quot;model&quot; or &quot;stream&quot; (choose a route or target instead).</source>
        <translation>参数不能设置“model”或“stream”（请改为选择路由或目标）。</translation>
    </message>
    <message>
        <source>Tags must not be empty.</source>
        <translation>标签不能为空。</translation>
    </message>
    <message>
        <source>The rule does nothing: choose where it sends requests, or a cap, parameters or tags.</source>
        <translation>此规则不执行任何操作：请选择请求的去向，或设置上限、参数或标签。</translation>
    </message>
    <message>
        <source>All of (group)</source>
        <translation>全部满足（组）</translation>
    </message>
    <message>
        <source>Any of (group)</source>
        <translation>任一满足（组）</translation>
    </message>
    <message>
        <source>Not (group)</source>
        <translation>不满足（组）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>提示词 Token 数</translation>
    </message>
    <message>
        <source>Has images</source>
        <translation>包含图片</translation>
    </message>
    <message>
        <source>Has tools</source>
        <translation>包含工具</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>流式</translation>
    </message>
    <message>
        <source>Last user message</source>
        <translation>最后一条用户消息</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Always (every request)</source>
        <translation>始终（所有请求）</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>全部满足</translation>
    </message>
    <message>
        <source>Any of</source>
        <translation>任一满足</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>不满足</translation>
    </message>
    <message>
        <source>model is %1</source>
        <translation>模型为 %1</translation>
    </message>
    <message>
        <source>app is %1</source>
        <translation>应用为 %1</translation>
    </message>
    <message>
        <source>header %1 equals %2</source>
        <translation>请求头 %1 等于 %2</translation>
    </message>
    <message>
        <source>header %1 matches /%2/</source>
        <translation>请求头 %1 匹配 /%2/</translation>
    </message>
    <message>
        <source>header %1 is present</source>
        <translation>存在请求头 %1</translation>
    </message>
    <message>
        <source>header %1 is absent</source>
        <translation>不存在请求头 %1</translation>
    </message>
    <message>
        <source>prompt tokens from %L1 to %L2</source>
        <translation>提示词 Token 数介于 %L1 到 %L2 之间</translation>
    </message>
    <message>
        <source>prompt tokens at least %L1</source>
        <translation>提示词 Token 数至少为 %L1</translation>
    </message>
    <message>
        <source>prompt tokens at most %L1</source>
        <translation>提示词 Token 数至多为 %L1</translation>
    </message>
    <message>
        <source>has images</source>
        <translation>包含图片</translation>
    </message>
    <message>
        <source>has no images</source>
        <translation>不含图片</translation>
    </message>
    <message>
        <source>has tools</source>
        <translation>包含工具</translation>
    </message>
    <message>
        <source>has no tools</source>
        <translation>不含工具</translation>
    </message>
    <message>
        <source>is streamed</source>
        <translation>为流式请求</translation>
    </message>
    <message>
        <source>is not streamed</source>
        <translation>非流式请求</translation>
    </message>
    <message>
        <source>last user message contains &apos;%1&apos;</source>
        <translation>最后一条用户消息包含“%1”</translation>
    </message>
    <message>
        <source>last user message matches /%1/</source>
        <translation>最后一条用户消息匹配 /%1/</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>time %1 on %2</source>
        <translation>时间：%2 %1</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>%1 spend this %2 at least $%3</source>
        <translation>%1 在当前 %2 内的花费至少为 $%3</translation>
    </message>
    <message>
        <source>route to &apos;%1&apos;</source>
        <translation>路由到“%1”</translation>
    </message>
    <message>
        <source>send to &apos;%1&apos;</source>
        <translation>发送到“%1”</translation>
    </message>
    <message>
        <source>refuse: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>cap output at %L1 tokens</source>
        <translation>输出上限为 %L1 个 Token</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标记 %1</translation>
    </message>
    <message>
        <source>the requested model as named</source>
        <translation>按请求中指定的模型</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Rules pick where a request goes before any route&apos;s strategy. Edit a draft, try it in the tester or replay logged requests against it, then apply.</source>
        <translation>规则会在路由策略生效之前决定请求的去向。编辑草稿后，可在测试器中试用，或用已记录的请求进行重放，然后应用更改。</translation>
    </message>
    <message>
        <source>&amp;Rules, tried in order (the first that matches decides):</source>
        <translation>规则(&amp;R)（按顺序尝试，由第一条匹配的规则决定）：</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate the selected rule</source>
        <translation>为所选规则创建副本</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>移除所选规则</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move the selected rule up</source>
        <translation>上移所选规则</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation>下移所选规则</translation>
    </message>
    <message>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Add co&amp;ndition</source>
        <translation>添加条件(&amp;N)</translation>
    </message>
    <message>
        <source>Add a condition to the selected group</source>
        <translation>向所选条件组添加条件</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>添加条件组(&amp;G)</translation>
    </message>
    <message>
        <source>Add a group of conditions to the selected group</source>
        <translation>向所选条件组添加一个子条件组</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected condition</source>
        <translation>移除所选条件</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>发送到(&amp;S)：</translation>
    </message>
    <message>
        <source>Where the request goes</source>
        <translation>请求的去向</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>路由(&amp;U)：</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>Target provider/model</source>
        <translation>目标提供商/模型</translation>
    </message>
    <message>
        <source>Re&amp;fusal message:</source>
        <translation>拒绝消息(&amp;F)：</translation>
    </message>
    <message>
        <source>Refusal message</source>
        <translation>拒绝消息</translation>
    </message>
    <message>
        <source>&amp;Cap max tokens:</source>
        <translation>最大 Token 数上限(&amp;C)：</translation>
    </message>
    <message>
        <source>Cap on max tokens</source>
        <translation>最大 Token 数上限</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>Set &amp;parameters:</source>
        <translation>设置参数(&amp;P)：</translation>
    </message>
    <message>
        <source>Request parameters to set, as JSON</source>
        <translation>要设置的请求参数（JSON 格式）</translation>
    </message>
    <message>
        <source>{&quot;temperature&quot;: 0}</source>
        <translation>{&quot;temperature&quot;: 0}</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Tags for the usage log</source>
        <translation>用量日志中的标签</translation>
    </message>
    <message>
        <source>work, long (comma-separated)</source>
        <translation>work, long（以逗号分隔）</translation>
    </message>
    <message>
        <source>Problem with the action</source>
        <translation>操作存在的问题</translation>
    </message>
    <message>
        <source>Tester and replay</source>
        <translation>测试与重放</translation>
    </message>
    <message>
        <source>&amp;Tester</source>
        <translation>测试器(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>请求(&amp;Q)：</translation>
    </message>
    <message>
        <source>Compose a request or pick a logged one</source>
        <translation>编写请求，或选择一条已记录的请求</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Requested model</source>
        <translation>请求的模型</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>应用(&amp;P)：</translation>
    </message>
    <message>
        <source>App (access token)</source>
        <translation>应用（访问令牌）</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>Headers, one name: value per line</source>
        <translation>请求头，每行一个“名称: 值”</translation>
    </message>
    <message>
        <source>x-team: ml</source>
        <translation>x-team: ml</translation>
    </message>
    <message>
        <source>Last &amp;user message:</source>
        <translation>最后一条用户消息(&amp;U)：</translation>
    </message>
    <message>
        <source>Last user message</source>
        <translation>最后一条用户消息</translation>
    </message>
    <message>
        <source>Prompt t&amp;okens:</source>
        <translation>提示词 Token 数(&amp;O)：</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>提示词 Token 数</translation>
    </message>
    <message>
        <source>estimate from the message</source>
        <translation>根据消息估算</translation>
    </message>
    <message>
        <source>Ima&amp;ges</source>
        <translation>图片(&amp;G)</translation>
    </message>
    <message>
        <source>The request has images</source>
        <translation>请求包含图片</translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation>工具(&amp;L)</translation>
    </message>
    <message>
        <source>The request has tools</source>
        <translation>请求包含工具</translation>
    </message>
    <message>
        <source>Strea&amp;m</source>
        <translation>流式(&amp;M)</translation>
    </message>
    <message>
        <source>The request is streamed</source>
        <translation>请求为流式</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>Local time of the request</source>
        <translation>请求的本地时间</translation>
    </message>
    <message>
        <source>ddd yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd ddd HH:mm</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rule trace</source>
        <translation>规则跟踪</translation>
    </message>
    <message>
        <source>Targets in the order they would be tried</source>
        <translation>按尝试顺序排列的目标</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>重放(&amp;R)</translation>
    </message>
    <message>
        <source>Replays logged requests against the draft, without calling any provider: which would go elsewhere, and what they would cost there.</source>
        <translation>用草稿重放已记录的请求，不调用任何提供商：查看哪些请求会被发送到别处，以及在那里的费用。</translation>
    </message>
    <message>
        <source>&amp;Last requests:</source>
        <translation>最近请求数(&amp;L)：</translation>
    </message>
    <message>
        <source>How many logged requests to replay</source>
        <translation>要重放的已记录请求数量</translation>
    </message>
    <message>
        <source>Repla&amp;y</source>
        <translation>重放(&amp;Y)</translation>
    </message>
    <message>
        <source>Replay the logged requests against the draft</source>
        <translation>用草稿重放已记录的请求</translation>
    </message>
    <message>
        <source>Replay in progress</source>
        <translation>正在重放</translation>
    </message>
    <message>
        <source>Replay summary</source>
        <translation>重放摘要</translation>
    </message>
    <message>
        <source>Requests that would change</source>
        <translation>会发生变化的请求</translation>
    </message>
    <message>
        <source>Draft status and errors</source>
        <translation>草稿状态和错误</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the draft&apos;s changes</source>
        <translation>放弃草稿中的更改</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用更改(&amp;P)</translation>
    </message>
    <message>
        <source>Apply the draft rules</source>
        <translation>应用草稿中的规则</translation>
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
    <message>
        <source>Keep request and response &amp;bodies for Logs (secrets redacted)</source>
        <translation>在日志中保留请求和响应正文(&amp;B)（机密信息会被隐去）</translation>
    </message>
    <message>
        <source>Off by default: prompts and answers are then stored in the usage database, at most 1 MiB each, and deleted with the request details</source>
        <translation>默认关闭：开启后，提示词和回复会存储在用量数据库中，每条最多 1 MiB，并随请求详情一起删除</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Colour theme of the app</source>
        <translation>应用程序的颜色主题</translation>
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
    <message>
        <source>Limits of &apos;%1&apos;</source>
        <translation>“%1”的限制</translation>
    </message>
    <message>
        <source>Limits of the selected app</source>
        <translation>所选应用的限制</translation>
    </message>
    <message>
        <source>Could not save the limits of &apos;%1&apos;: %2</source>
        <translation>无法保存“%1”的限制：%2</translation>
    </message>
    <message>
        <source>Saved the limits of &apos;%1&apos;; they apply to its next request.</source>
        <translation>已保存“%1”的限制，将从其下一个请求起生效。</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::BudgetPanel</name>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>No budgets set. Set an overall budget in Settings, or one per route or per app, and watch them here.</source>
        <translation>尚未设置预算。可在“设置”中设置总体预算，或为各路由、各应用分别设置预算，然后在此查看。</translation>
    </message>
    <message>
        <source>Everything, today</source>
        <translation>全部，今日</translation>
    </message>
    <message>
        <source>Everything, this month</source>
        <translation>全部，本月</translation>
    </message>
    <message>
        <source>Route “%1”, today</source>
        <translation>路由“%1”，今日</translation>
    </message>
    <message>
        <source>Route “%1”, this month</source>
        <translation>路由“%1”，本月</translation>
    </message>
    <message>
        <source>App “%1”, today</source>
        <translation>应用“%1”，今日</translation>
    </message>
    <message>
        <source>App “%1”, this month</source>
        <translation>应用“%1”，本月</translation>
    </message>
    <message>
        <source>%1: spend against the budget</source>
        <translation>%1：花费与预算对比</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>%1 of %2 spent (%3 %); warning at %4 %, requests are refused at the limit.</source>
        <translation>已花费 %1 / %2（%3%）；达到 %4% 时发出警告，达到上限后将拒绝请求。</translation>
    </message>
    <message>
        <source>Forecast: %1, over the budget</source>
        <translation>预测：%1，超出预算</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>预测：%1</translation>
    </message>
    <message>
        <source>%1: forecast</source>
        <translation>%1：预测</translation>
    </message>
    <message>
        <source>A straight line from the spend so far: %1 in %2 of this period, continued to its end (%3 UTC). Periods are UTC days and months, as the gateway counts them.</source>
        <translation>根据目前的花费线性推算：本周期已过 %2，花费 %1，按此速度延续至周期结束（UTC %3）。周期与网关的统计方式一致，以 UTC 日和月为单位。</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 小时</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::ConditionEditor</name>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>条件(&amp;C)：</translation>
    </message>
    <message>
        <source>Condition settings</source>
        <translation>条件设置</translation>
    </message>
    <message>
        <source>A group holds conditions: add them with the buttons above the tree. &quot;Not&quot; holds exactly one.</source>
        <translation>条件组包含多个条件：使用树上方的按钮添加。“不满足”组只能包含一个条件。</translation>
    </message>
    <message>
        <source>Names or patterns</source>
        <translation>名称或模式</translation>
    </message>
    <message>
        <source>gpt-4o, claude-*  (comma-separated; * and ? are wildcards)</source>
        <translation>gpt-4o, claude-*（以逗号分隔；* 和 ? 为通配符）</translation>
    </message>
    <message>
        <source>&amp;Is one of:</source>
        <translation>属于以下之一(&amp;I)：</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>请求头名称</translation>
    </message>
    <message>
        <source>x-team</source>
        <translation>x-team</translation>
    </message>
    <message>
        <source>Header test</source>
        <translation>请求头判断方式</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>is absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>equals one of</source>
        <translation>等于以下之一</translation>
    </message>
    <message>
        <source>matches the regular expression</source>
        <translation>匹配正则表达式</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>请求头值</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>判断(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>Prompt token test</source>
        <translation>提示词 Token 数判断方式</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>至多</translation>
    </message>
    <message>
        <source>between (inclusive)</source>
        <translation>介于（含边界）</translation>
    </message>
    <message>
        <source>Minimum prompt tokens</source>
        <translation>最小提示词 Token 数</translation>
    </message>
    <message>
        <source>Maximum prompt tokens</source>
        <translation>最大提示词 Token 数</translation>
    </message>
    <message>
        <source>&amp;Prompt tokens (estimated):</source>
        <translation>提示词 Token 数(&amp;P)（估算）：</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>最小值(&amp;I)：</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>最大值(&amp;A)：</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>期望值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&amp;Is:</source>
        <translation>取值(&amp;I)：</translation>
    </message>
    <message>
        <source>Message test</source>
        <translation>消息判断方式</translation>
    </message>
    <message>
        <source>contains the keyword (any case)</source>
        <translation>包含关键词（不区分大小写）</translation>
    </message>
    <message>
        <source>Keyword or regular expression</source>
        <translation>关键词或正则表达式</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>The &amp;whole day</source>
        <translation>全天(&amp;W)</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>开始（本地时间）</translation>
    </message>
    <message>
        <source>Until (local time, not included)</source>
        <translation>结束（本地时间，不含）</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>至(&amp;U)：</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <source>Whose spend</source>
        <translation>统计谁的花费</translation>
    </message>
    <message>
        <source>the app&apos;s</source>
        <translation>该应用</translation>
    </message>
    <message>
        <source>the route&apos;s</source>
        <translation>该路由</translation>
    </message>
    <message>
        <source>everything&apos;s</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>At or above, in US dollars</source>
        <translation>达到或超过（美元）</translation>
    </message>
    <message>
        <source>&amp;Spend:</source>
        <translation>花费(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>At or &amp;above:</source>
        <translation>达到或超过(&amp;A)：</translation>
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
    <message>
        <source>https://&lt;the service&gt;/v1</source>
        <translation>https://&lt;服务地址&gt;/v1</translation>
    </message>
    <message>
        <source>Enter the service&apos;s base URL, up to and including its version (often /v1).</source>
        <translation>请输入该服务的基础 URL，包括版本部分（通常为 /v1）。</translation>
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
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No bodies were kept for this request: body logging is off (it can be turned on in Settings; secrets are redacted).</source>
        <translation>未保留此请求的正文：正文记录已关闭（可在“设置”中开启；机密信息会被隐去）。</translation>
    </message>
    <message>
        <source>Request headers (credentials redacted):
%1

Request:
%2

</source>
        <translation>请求头（凭据已隐去）：
%1

请求：
%2

</translation>
    </message>
    <message>
        <source>The provider&apos;s response headers:
%1

</source>
        <translation>提供商的响应头：
%1

</translation>
    </message>
    <message>
        <source>Response:
%1</source>
        <translation>响应：
%1</translation>
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
    <message>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>演练场</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::OverviewPage</name>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Could not read the usage database: %1</source>
        <translation>无法读取用量数据库：%1</translation>
    </message>
    <message>
        <source>%1 + %L2 unpriced</source>
        <translation>%1 + %L2 个未定价</translation>
    </message>
    <message>
        <source>Exactly %1 since midnight</source>
        <translation>自零点起的精确金额：%1</translation>
    </message>
    <message>
        <source>Exactly %1 today (UTC). Turn on usage storage in Settings for requests and charts.</source>
        <translation>今日（UTC）精确金额：%1。请在“设置”中开启用量记录，以查看请求和图表。</translation>
    </message>
    <message>
        <source>%L1 (%L2 %)</source>
        <translation>%L1（%L2%）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %, forecast %2</source>
        <translation>%1%，预测 %2</translation>
    </message>
    <message>
        <source>The forecast continues this month&apos;s pace so far in a straight line to its end.</source>
        <translation>预测值按本月目前的速度线性推算至月底。</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::PlaygroundPage</name>
    <message>
        <source>Playground (no app&apos;s limits)</source>
        <translation>演练场（不受应用限制）</translation>
    </message>
    <message>
        <source>Choose a route or a provider/model first.</source>
        <translation>请先选择路由或提供商/模型。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>请先输入提示词。</translation>
    </message>
    <message>
        <source>The endpoint is stopped: start it in Settings (or from the tray) to send requests.</source>
        <translation>端点已停止：请在“设置”中（或从托盘）启动端点以发送请求。</translation>
    </message>
    <message>
        <source>Waiting for the first byte…</source>
        <translation>正在等待首字节…</translation>
    </message>
    <message>
        <source>Stopped after %1 ms; the request is logged as cancelled (499).</source>
        <translation>已在 %1 毫秒后停止；该请求记录为已取消（499）。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message numerus="yes">
        <source>, after %n attempt(s)</source>
        <translation>
            <numerusform>，经过 %n 次尝试后</numerusform>
        </translation>
    </message>
    <message>
        <source> — from the response cache</source>
        <translation>，来自响应缓存</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>正在接收…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>输入 %1，输出 %2</translation>
    </message>
    <message>
        <source>, %1 of them cached</source>
        <translation>，其中 %1 来自缓存</translation>
    </message>
    <message>
        <source>, %1 reasoning</source>
        <translation>，推理 %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>HTTP %1 (%2): %3</source>
        <translation>HTTP %1（%2）：%3</translation>
    </message>
    <message>
        <source>Done (HTTP %1)</source>
        <translation>完成（HTTP %1）</translation>
    </message>
    <message>
        <source>%1 ms to the first token, %2 ms in all</source>
        <translation>首个 Token 用时 %1 毫秒，共 %2 毫秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>unpriced (no known price for %1)</source>
        <translation>未定价（%1 没有已知价格）</translation>
    </message>
    <message>
        <source>%1 (cache hit; saved %2)</source>
        <translation>%1（缓存命中；节省 %2）</translation>
    </message>
    <message>
        <source> — tokens estimated</source>
        <translation>（Token 数为估算值）</translation>
    </message>
    <message>
        <source>not found in the recent requests</source>
        <translation>在最近的请求中未找到</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::PriceEditor</name>
    <message>
        <source>Your prices (US$ per 1M tokens, over the built-in catalog)</source>
        <translation>自定义价格（每 100 万 Token 的美元价格，优先于内置目录）</translation>
    </message>
    <message>
        <source>Add pri&amp;ce</source>
        <translation>添加价格(&amp;C)</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>移除价格</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>保存价格</translation>
    </message>
    <message>
        <source>Your prices</source>
        <translation>自定义价格</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>Provider: a provider&apos;s name, a preset (e.g. openai) or a kind. Model: exact, or the name of dated versions (gpt-4o covers gpt-4o-2024-08-06). Cached input and cache write may stay empty: they are then billed at the input rate.</source>
        <translation>提供商：提供商名称、预设（如 openai）或类型。模型：精确名称，或带日期版本的名称（gpt-4o 也适用于 gpt-4o-2024-08-06）。缓存输入和缓存写入可以留空：此时按输入价格计费。</translation>
    </message>
    <message>
        <source>Remove the selected price</source>
        <translation>移除所选价格</translation>
    </message>
    <message>
        <source>Result of saving the prices</source>
        <translation>保存价格的结果</translation>
    </message>
    <message>
        <source>Row %1: name the provider and the model.</source>
        <translation>第 %1 行：请填写提供商和模型。</translation>
    </message>
    <message>
        <source>Row %1: the input and output prices must be numbers of dollars (0 or more), e.g. 2.5.</source>
        <translation>第 %1 行：输入和输出价格必须是美元数值（0 或以上），例如 2.5。</translation>
    </message>
    <message>
        <source>Row %1: the cached input and cache write prices must be empty or numbers of dollars.</source>
        <translation>第 %1 行：缓存输入和缓存写入价格必须为空或为美元数值。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved. Requests from now on are priced with them; those already recorded keep the price they had.</source>
        <translation>已保存。此后的请求将按这些价格计费；已记录的请求保留原有价格。</translation>
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
    <message>
        <source>https://&lt;the service&gt;/v1</source>
        <translation>https://&lt;服务地址&gt;/v1</translation>
    </message>
    <message>
        <source>Its API key, if it needs one</source>
        <translation>其 API 密钥（如需要）</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RouteChecks</name>
    <message>
        <source>A route has no name.</source>
        <translation>有路由没有名称。</translation>
    </message>
    <message>
        <source>Route &apos;%1&apos; has no targets: drag a model from the palette onto the graph.</source>
        <translation>路由“%1”没有目标：请从模型面板中将模型拖到图上。</translation>
    </message>
    <message>
        <source>Route &apos;%1&apos; is weighted, but every weight is 0: no target would be picked first. Give at least one target a weight above 0.</source>
        <translation>路由“%1”按权重分配，但所有权重均为 0：没有目标会被首选。请至少为一个目标设置大于 0 的权重。</translation>
    </message>
    <message>
        <source>unknown route &apos;%1&apos;</source>
        <translation>未知路由“%1”</translation>
    </message>
    <message>
        <source>nested routes form a cycle: %1</source>
        <translation>嵌套路由形成了循环：%1</translation>
    </message>
    <message>
        <source>no provider chosen</source>
        <translation>未选择提供商</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos; (the config has: %2)</source>
        <translation>未知提供商“%1”（配置中有：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no model chosen</source>
        <translation>未选择模型</translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; does not offer &apos;%2&apos; as far as the model catalog (checked %3) knows its %4 models</source>
        <translation>根据模型目录（检查于 %3）中已知的 %4 个模型，提供商“%1”不提供“%2”</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <source>$%1 / $%2 per 1M tokens in / out</source>
        <translation>每 1M Token 输入 $%1 / 输出 $%2</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>故障转移</translation>
    </message>
    <message>
        <source>Weighted split</source>
        <translation>按权重分配</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>Least busy</source>
        <translation>最空闲</translation>
    </message>
    <message>
        <source>Least latency</source>
        <translation>最低延迟</translation>
    </message>
    <message>
        <source>Lowest cost</source>
        <translation>最低费用</translation>
    </message>
    <message>
        <source>Tries the targets in order; the next one only when the one before fails.</source>
        <translation>按顺序尝试各目标；仅当前一个失败时才尝试下一个。</translation>
    </message>
    <message>
        <source>Picks the first target at random by weight; the others follow in order if it fails.</source>
        <translation>按权重随机选择首个目标；若其失败，则按顺序尝试其余目标。</translation>
    </message>
    <message>
        <source>Takes turns: each request starts at the next target.</source>
        <translation>轮流分配：每个请求从下一个目标开始。</translation>
    </message>
    <message>
        <source>Starts with the target that has the fewest requests in flight.</source>
        <translation>从正在处理的请求最少的目标开始。</translation>
    </message>
    <message>
        <source>Starts with the target that answered fastest lately, now and then re-measuring the others.</source>
        <translation>从最近响应最快的目标开始，并不时重新测量其他目标。</translation>
    </message>
    <message>
        <source>Starts with the target this request would cost least on; unpriced targets last.</source>
        <translation>从此请求费用最低的目标开始；未定价的目标排在最后。</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RouteGraphView</name>
    <message>
        <source>weight %1 · %2 of first picks</source>
        <translation>权重 %1 · 首选占比 %2</translation>
    </message>
    <message>
        <source>#%1 in order</source>
        <translation>顺序第 %1 位</translation>
    </message>
    <message>
        <source>turn %1 of %2</source>
        <translation>第 %1 轮，共 %2 轮</translation>
    </message>
    <message>
        <source>ordered by %1</source>
        <translation>排序方式：%1</translation>
    </message>
    <message>
        <source>Route &apos;%1&apos;</source>
        <translation>路由“%1”</translation>
    </message>
    <message>
        <source>unknown route</source>
        <translation>未知路由</translation>
    </message>
    <message>
        <source>Nested route &apos;%1&apos;: its own strategy orders its targets here.</source>
        <translation>嵌套路由“%1”：由其自身的策略在此处对其目标排序。</translation>
    </message>
    <message>
        <source>↻ back to route &apos;%1&apos;</source>
        <translation>↻ 回到路由“%1”</translation>
    </message>
    <message>
        <source>This nested route leads back to itself.</source>
        <translation>此嵌套路由又回到了自身。</translation>
    </message>
    <message>
        <source>Choose or add a route on the left.</source>
        <translation>请在左侧选择或添加路由。</translation>
    </message>
    <message>
        <source>Route %1, %2.</source>
        <translation>路由 %1，%2。</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;</source>
        <translation>规则“%1”</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>sends matching requests</source>
        <translation>发送匹配的请求</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation>默认规则</translation>
    </message>
    <message>
        <source>when no rule matches</source>
        <translation>无规则匹配时</translation>
    </message>
    <message>
        <source>nests this route</source>
        <translation>嵌套了此路由</translation>
    </message>
    <message>
        <source>Target %1: %2, %3.</source>
        <translation>目标 %1：%2，%3。</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>路由 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(ies) per target</source>
        <translation>
            <numerusform>每个目标重试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>next target on: %1</source>
        <translation>以下情况转到下一个目标：%1</translation>
    </message>
    <message>
        <source>Requests for &apos;%1&apos;</source>
        <translation>对“%1”的请求</translation>
    </message>
    <message>
        <source>model: &quot;%1&quot;</source>
        <translation>model: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Clients send requests here by asking for the model &apos;%1&apos;, or a rule sends them.</source>
        <translation>客户端请求模型“%1”时，请求会进入这里；规则也可能将请求发送到这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) or route(s) send requests here.</source>
        <translation>
            <numerusform>有 %n 条规则或路由将请求发送到这里。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop models here from the palette</source>
        <translation>从模型面板将模型拖放到此处</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RoutePaletteModel</name>
    <message>
        <source>The model catalog does not know this provider&apos;s models: the models your routes use are listed; type others in the form.</source>
        <translation>模型目录中没有此提供商的模型：此处列出了你的路由所用的模型；其他模型请在表单中输入。</translation>
    </message>
    <message>
        <source>Models the catalog lists for %1, and the ones your routes use.</source>
        <translation>模型目录中 %1 的模型，以及你的路由所用的模型。</translation>
    </message>
    <message>
        <source>Routes (nest one)</source>
        <translation>路由（用于嵌套）</translation>
    </message>
    <message>
        <source>A nested route orders its own targets at the place it is dropped.</source>
        <translation>嵌套路由会在其放置的位置按自身策略对其目标排序。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>nested route %1</source>
        <translation>嵌套路由 %1</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RoutesPage</name>
    <message>
        <source>A target at one of its limits is skipped for the next one.</source>
        <translation>达到任一限制的目标将被跳过，转到下一个目标。</translation>
    </message>
    <message>
        <source>As set globally</source>
        <translation>跟随全局设置</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation>提供商和模型</translation>
    </message>
    <message>
        <source>Nested route</source>
        <translation>嵌套路由</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤消</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Change the strategy</source>
        <translation>更改策略</translation>
    </message>
    <message>
        <source>Change the retries</source>
        <translation>更改重试设置</translation>
    </message>
    <message>
        <source>Change when to move on</source>
        <translation>更改转到下一目标的条件</translation>
    </message>
    <message>
        <source>Change the sticky header</source>
        <translation>更改粘性会话请求头</translation>
    </message>
    <message>
        <source>Change the sticky field</source>
        <translation>更改粘性会话字段</translation>
    </message>
    <message>
        <source>Change the cache</source>
        <translation>更改缓存</translation>
    </message>
    <message>
        <source>Change the cache time</source>
        <translation>更改缓存时间</translation>
    </message>
    <message>
        <source>Change the budget</source>
        <translation>更改预算</translation>
    </message>
    <message>
        <source>There is no other route to nest: add one first.</source>
        <translation>没有可嵌套的其他路由：请先添加一个。</translation>
    </message>
    <message>
        <source>Change the kind of target</source>
        <translation>更改目标类型</translation>
    </message>
    <message>
        <source>Change the provider</source>
        <translation>更改提供商</translation>
    </message>
    <message>
        <source>Change the model</source>
        <translation>更改模型</translation>
    </message>
    <message>
        <source>Change the nested route</source>
        <translation>更改嵌套路由</translation>
    </message>
    <message>
        <source>Change the weight</source>
        <translation>更改权重</translation>
    </message>
    <message>
        <source>Change a limit</source>
        <translation>更改限制</translation>
    </message>
    <message>
        <source>Change a timeout</source>
        <translation>更改超时</translation>
    </message>
    <message>
        <source>Add the route &apos;%1&apos;</source>
        <translation>添加路由“%1”</translation>
    </message>
    <message>
        <source>Duplicate the route &apos;%1&apos;</source>
        <translation>为路由“%1”创建副本</translation>
    </message>
    <message>
        <source>Remove the route &apos;%1&apos;</source>
        <translation>移除路由“%1”</translation>
    </message>
    <message>
        <source>A route needs a name.</source>
        <translation>路由需要名称。</translation>
    </message>
    <message>
        <source>There is already a route named &apos;%1&apos;; choose another name.</source>
        <translation>已存在名为“%1”的路由，请换一个名称。</translation>
    </message>
    <message>
        <source>Rename the route &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>将路由“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>路由 %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Remove a target</source>
        <translation>移除目标</translation>
    </message>
    <message>
        <source>Move a target</source>
        <translation>移动目标</translation>
    </message>
    <message>
        <source>Revert to the applied routes</source>
        <translation>还原为已应用的路由</translation>
    </message>
    <message>
        <source>The draft is the applied routes again.</source>
        <translation>草稿已还原为已应用的路由。</translation>
    </message>
    <message>
        <source>Route &apos;%1&apos;, target %2 (%3): %4</source>
        <translation>路由“%1”，目标 %2（%3）：%4</translation>
    </message>
    <message>
        <source>Not applied:
%1</source>
        <translation>未应用：
%1</translation>
    </message>
    <message>
        <source>Not applied, the config was refused:
%1</source>
        <translation>未应用，配置被拒绝：
%1</translation>
    </message>
    <message>
        <source>Applied: new requests follow these routes now.</source>
        <translation>已应用：新请求现在将遵循这些路由。</translation>
    </message>
    <message>
        <source>None yet: every Apply keeps one.</source>
        <translation>暂无：每次应用更改都会保存一个版本。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Could not read that version: %1</source>
        <translation>无法读取该版本：%1</translation>
    </message>
    <message>
        <source>Discard the edits not applied?</source>
        <translation>放弃尚未应用的编辑？</translation>
    </message>
    <message>
        <source>Restoring a version replaces the routes being edited. The edits not applied yet are lost.</source>
        <translation>恢复版本会替换正在编辑的路由，尚未应用的编辑将会丢失。</translation>
    </message>
    <message>
        <source>Could not restore that version:
%1</source>
        <translation>无法恢复该版本：
%1</translation>
    </message>
    <message>
        <source>Restored the version of %1; it is now the newest version.</source>
        <translation>已恢复 %1 的版本，它现在是最新版本。</translation>
    </message>
    <message>
        <source>This route has problems: see its graph.</source>
        <translation>此路由存在问题：请查看其路由图。</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>%1 的占比</translation>
    </message>
    <message>
        <source>%1 of first picks</source>
        <translation>首选占比 %1</translation>
    </message>
    <message>
        <source>Weights only matter in a weighted route.</source>
        <translation>权重仅对按权重分配的路由有效。</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>未知提供商</translation>
    </message>
    <message>
        <source>listed for %1</source>
        <translation>已在 %1 中列出</translation>
    </message>
    <message>
        <source>not listed for %1 (catalog checked %2)</source>
        <translation>未在 %1 中列出（目录检查于 %2）</translation>
    </message>
    <message>
        <source>unknown: the catalog does not know this provider&apos;s models</source>
        <translation>未知：模型目录中没有此提供商的模型</translation>
    </message>
    <message>
        <source>circuit open: cooling down (%1 s left)</source>
        <translation>已熔断：冷却中（剩余 %1 秒）</translation>
    </message>
    <message>
        <source>half-open: a probe request is in flight</source>
        <translation>半开：正在发送探测请求</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>尚无请求</translation>
    </message>
    <message numerus="yes">
        <source>failing: %n failure(s) in a row</source>
        <translation>
            <numerusform>故障：连续失败 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source> · errors %1%</source>
        <translation> · 错误率 %1%</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>p50: no recent requests</source>
        <translation>p50：最近没有请求</translation>
    </message>
    <message numerus="yes">
        <source>p50 %1 ms (%n request(s))</source>
        <translation>
            <numerusform>p50 %1 毫秒（%n 个请求）</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>撤消：%1（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤消的操作</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>重做：%1（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>Edits not applied yet</source>
        <translation>有尚未应用的编辑</translation>
    </message>
    <message>
        <source>The routes being served</source>
        <translation>正在使用的路由</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RuleListModel</name>
    <message>
        <source>The rule needs a name.</source>
        <translation>规则需要名称。</translation>
    </message>
    <message>
        <source>Another rule is named &apos;%1&apos; too.</source>
        <translation>另一条规则也名为“%1”。</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>操作：%1</translation>
    </message>
    <message>
        <source>Default (when no rule matches)</source>
        <translation>默认（无规则匹配时）</translation>
    </message>
    <message>
        <source>When %1: %2</source>
        <translation>当%1时：%2</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RuleReplayModel</name>
    <message>
        <source>unpriced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>%1 (first: %2)</source>
        <translation>%1（首个：%2）</translation>
    </message>
    <message>
        <source>%1, or another</source>
        <translation>%1，或其他</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>请求的模型</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>原去向</translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation>新去向</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Logged cost</source>
        <translation>记录的费用</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>估算费用</translation>
    </message>
    <message>
        <source>Why undetermined</source>
        <translation>无法确定的原因</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::RulesPage</name>
    <message>
        <source>the model the request names</source>
        <translation>请求中指定的模型</translation>
    </message>
    <message>
        <source>a route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>a provider/model target</source>
        <translation>提供商/模型目标</translation>
    </message>
    <message>
        <source>nowhere: refuse it</source>
        <translation>不发送：拒绝请求</translation>
    </message>
    <message>
        <source>Compose a request</source>
        <translation>编写请求</translation>
    </message>
    <message>
        <source>A logged request keeps its model, app, streaming, size and time; its headers, images, tools and text are not logged and count as absent here.</source>
        <translation>已记录的请求保留了其模型、应用、是否流式、大小和时间；其请求头、图片、工具和文本不会被记录，在此视为不存在。</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Otherwise (the default rule)</source>
        <translation>否则（默认规则）</translation>
    </message>
    <message>
        <source>Give the message the refused requests get.</source>
        <translation>请填写被拒绝的请求收到的消息。</translation>
    </message>
    <message>
        <source>Parameters must be a JSON object, such as {&quot;temperature&quot;: 0}.</source>
        <translation>参数必须是 JSON 对象，例如 {&quot;temperature&quot;: 0}。</translation>
    </message>
    <message>
        <source>The draft has changes that are not applied yet.</source>
        <translation>草稿中有尚未应用的更改。</translation>
    </message>
    <message>
        <source>The rules are as applied.</source>
        <translation>规则与已应用的一致。</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Not applied: the parameters are not a JSON object. Fix them first.</source>
        <translation>未应用：参数不是 JSON 对象，请先修正。</translation>
    </message>
    <message>
        <source>Not applied: the config would be invalid.
%1</source>
        <translation>未应用：配置将无效。
%1</translation>
    </message>
    <message>
        <source>Applied: new requests are routed by these rules.</source>
        <translation>已应用：新请求现在将按这些规则路由。</translation>
    </message>
    <message>
        <source>No rules: the requested model decides.</source>
        <translation>没有规则：由请求的模型决定。</translation>
    </message>
    <message>
        <source>Matches rule %1, &apos;%2&apos;.</source>
        <translation>匹配规则 %1“%2”。</translation>
    </message>
    <message>
        <source>No rule matches: the default rule applies.</source>
        <translation>没有匹配的规则：使用默认规则。</translation>
    </message>
    <message>
        <source>Goes to %1 directly.</source>
        <translation>直接发送到 %1。</translation>
    </message>
    <message>
        <source>Goes to the route &apos;%1&apos; (%2).</source>
        <translation>发送到路由“%1”（%2）。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Fails (%1): %2</source>
        <translation>失败（%1）：%2</translation>
    </message>
    <message>
        <source>Tagged %1.</source>
        <translation>标记为 %1。</translation>
    </message>
    <message>
        <source>Output capped at %L1 tokens.</source>
        <translation>输出上限为 %L1 个 Token。</translation>
    </message>
    <message>
        <source>Sets %1.</source>
        <translation>设置 %1。</translation>
    </message>
    <message>
        <source>Budget warning: %1</source>
        <translation>预算警告：%1</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1（经由 %2）</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>No usage database: turn on usage storage in Settings to replay logged requests.</source>
        <translation>没有用量数据库：请在“设置”中开启用量记录，以便重放已记录的请求。</translation>
    </message>
    <message>
        <source>Reading the logged requests…</source>
        <translation>正在读取已记录的请求…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no app</source>
        <translation>无应用</translation>
    </message>
    <message>
        <source>Could not read the usage database: %1. Check the data folder&apos;s permissions.</source>
        <translation>无法读取用量数据库：%1。请检查数据文件夹的权限。</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n request(s)…</source>
        <translation>
            <numerusform>正在重放 %n 个请求…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n logged request(s) against the draft: </source>
        <translation>
            <numerusform>已用草稿重放 %n 个已记录的请求：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change route or first target, </source>
        <translation>
            <numerusform>%n 个会更改路由或首个目标，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n 个不变，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undetermined (the log lacks what a rule looks at).</source>
        <translation>
            <numerusform>%n 个无法确定（日志缺少规则所需的信息）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost of the %n changed request(s) with prices: </source>
        <translation>
            <numerusform>其中 %n 个有定价的已更改请求的估算费用：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 logged, %2 with the draft (%3).</source>
        <translation>原记录 %1，按草稿 %2（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n changed request(s) unpriced, left out of the estimate.</source>
        <translation>
            <numerusform>%n 个已更改的请求未定价，未计入估算。</numerusform>
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
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::TopModelsModel</name>
    <message>
        <source>Requests with no known price, not counted in this sum: %L1</source>
        <translation>没有已知价格、未计入此合计的请求：%L1</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <source>%1 + %L2 unpriced</source>
        <translation>%1 + %L2 个未定价</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
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
    <name>Switchyard::Gui::UsageChart</name>
    <message>
        <source>%1: summary</source>
        <translation>%1：摘要</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation>无法写入图片。</translation>
    </message>
</context>
<context>
    <name>Switchyard::Gui::UsageCharts</name>
    <message>
        <source>Chart time range</source>
        <translation>图表时间范围</translation>
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
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>Custom range: from</source>
        <translation>自定义范围：起始</translation>
    </message>
    <message>
        <source>Custom range: to</source>
        <translation>自定义范围：结束</translation>
    </message>
    <message>
        <source>Stack spend and requests by</source>
        <translation>花费和请求的堆叠方式</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>&amp;Stack by:</source>
        <translation>堆叠依据(&amp;S)：</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>保存图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the current chart as a PNG image</source>
        <translation>将当前图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Export the current chart&apos;s data as CSV</source>
        <translation>将当前图表的数据导出为 CSV</translation>
    </message>
    <message>
        <source>Charts status</source>
        <translation>图表状态</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation>节省的费用</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>%1图表</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>The custom range ends before it starts: pick a later end.</source>
        <translation>自定义范围的结束时间早于开始时间：请选择更晚的结束时间。</translation>
    </message>
    <message>
        <source>No usage database: turn on usage storage in Settings to see charts here.</source>
        <translation>没有用量数据库：请在“设置”中开启用量记录，以便在此查看图表。</translation>
    </message>
    <message>
        <source>Could not read the usage database: %1</source>
        <translation>无法读取用量数据库：%1</translation>
    </message>
    <message>
        <source>Saved the image to %1.</source>
        <translation>已将图片保存到 %1。</translation>
    </message>
    <message>
        <source>The image could not be saved: %1</source>
        <translation>无法保存图片：%1</translation>
    </message>
    <message>
        <source>Exported the data to %1.</source>
        <translation>已将数据导出到 %1。</translation>
    </message>
    <message>
        <source>The data could not be exported: %1</source>
        <translation>无法导出数据：%1</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>保存图表图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
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
    <name>Switchyard::Gui::UsageQueryWorker</name>
    <message>
        <source>No usage database: turn on usage storage in Settings.</source>
        <translation>没有用量数据库：请在“设置”中开启用量记录。</translation>
    </message>
    <message>
        <source>The usage database could not be opened.</source>
        <translation>无法打开用量数据库。</translation>
    </message>
</context>
<context>
    <name>UsageTables</name>
    <message>
        <source>%1 (UTC day)</source>
        <translation>%1（UTC 日）</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Unpriced requests: %L1 (cost unknown, not counted)</source>
        <translation>未定价的请求：%L1（费用未知，未计入）</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Total: %L1 requests, %L2 errors</source>
        <translation>合计：%L1 个请求，%L2 个错误</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>%L1 of them read from the provider&apos;s cache</source>
        <translation>其中 %L1 个 Token 读取自提供商的缓存</translation>
    </message>
    <message>
        <source>%L1 of them reasoning</source>
        <translation>其中 %L1 个为推理 Token</translation>
    </message>
    <message>
        <source>Total: %L1 input and %L2 output tokens</source>
        <translation>合计：输入 %L1 个 Token，输出 %L2 个 Token</translation>
    </message>
    <message>
        <source>Requests with estimated counts (the provider did not report them): %L1</source>
        <translation>Token 数为估算值的请求（提供商未报告）：%L1</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>%L1 of %L2 requests failed</source>
        <translation>%L2 个请求中有 %L1 个失败</translation>
    </message>
    <message>
        <source>%L1 of %L2 requests failed (%3)</source>
        <translation>%L2 个请求中有 %L1 个失败（%3）</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>节省 %1</translation>
    </message>
    <message>
        <source>Cache hits: %L1, saving %2</source>
        <translation>缓存命中：%L1 次，节省 %2</translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation>节省的费用</translation>
    </message>
    <message>
        <source>Saved by the cache</source>
        <translation>缓存节省的费用</translation>
    </message>
    <message>
        <source>Cache hits: %L1</source>
        <translation>缓存命中：%L1 次</translation>
    </message>
    <message>
        <source>Saved by the cache: %1 (cache hits: %L2)</source>
        <translation>缓存节省的费用：%1（缓存命中：%L2 次）</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
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
        <translation>已测量的请求：%L1</translation>
    </message>
    <message>
        <source>Requests measured: %L1. A percentile is the upper edge of the latency bucket it falls in.</source>
        <translation>已测量的请求：%L1。百分位数取其所在延迟区间的上限。</translation>
    </message>
    <message>
        <source>Unpriced requests: %L1 (their cost is unknown and not counted above; add a price under Providers &amp; Keys to count new ones)</source>
        <translation>未定价的请求：%L1（其费用未知，未计入上述合计；在“提供商与密钥”中添加价格即可计入新的请求）</translation>
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
