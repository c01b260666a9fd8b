// Styrmodellsboten in Azure: App Service on Linux (Node LTS), Cosmos DB for NoSQL, Azure Bot (Teams),
// Application Insights with a Log Analytics workspace, and a user-assigned managed identity that is both
// the bot's identity and the app's key-less access to Cosmos DB. Everything in one resource group and,
// but for the bot registration (a global service), in one region: Sweden Central by default.
//
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.parameters.json
// (or `atk provision`, see m365agents.yml). Reviewed by hand: no Bicep compiler installs from the npm
// registry, so this file is not compiled in CI (test/infra.spec.ts checks what it can without one).

targetScope = 'resourceGroup'

@description('Prefix of every resource name, e.g. "styrbot-hallsta" (3–18 lower-case letters, digits, hyphens).')
@minLength(3)
@maxLength(18)
param name string

@description('Region of everything but the bot registration.')
param location string = 'swedencentral'

@description('The bot\'s identity: UserAssignedMSI (recommended, no secret) or SingleTenant (an Entra app registration with a client secret). New multi-tenant bots are no longer allowed.')
@allowed([ 'UserAssignedMSI', 'SingleTenant' ])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s client id.')
param botAppId string = ''

@description('SingleTenant only: the app registration\'s client secret.')
@secure()
param botAppPassword string = ''

@description('How the app reaches Cosmos DB: identity (the managed identity with a data-plane role; keys switched off) or key (the account key in an app setting).')
@allowed([ 'identity', 'key' ])
param cosmosAuth string = 'identity'

@description('Cosmos DB capacity: serverless (pay per request, for most kommuner) or provisioned (autoscale, shared by the containers).')
@allowed([ 'serverless', 'provisioned' ])
param cosmosCapacity string = 'serverless'

@description('provisioned only: autoscale maximum RU/s shared by all containers (the minimum is a tenth of it).')
param cosmosAutoscaleMaxRu int = 1000

@description('App Service plan size: B1 is enough for one kommun; P0v3 or larger to scale out to several instances.')
param appServiceSku string = 'B1'

@description('Instances of the bot behind App Service\'s load balancer (the reminder scheduler runs on the one holding the lease).')
@minValue(1)
param instances int = 1

@description('Node.js LTS version of the runtime stack.')
param nodeVersion string = '22-lts'

@description('The kommun whose governance model answers by default (a folder in knowledge/).')
param defaultKommun string = 'hallstahammar'

@description('Days of the Log Analytics workspace (and so of Application Insights\' logs).')
param logRetentionDays int = 30

@description('Secret of the signed export links; a new one each deployment is fine (links live 15 minutes).')
@secure()
param linkSigningSecret string = newGuid()

// The collections the app opens (npm run infra:containers writes this file from the code; a test keeps them equal).
var containers = loadJsonContent('containers.json')
var databaseName = 'styrmodellsboten'
var cosmosDataContributor = '00000000-0000-0000-0000-000000000002'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableIpMasking: false
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: '${name}-cosmos'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [ { locationName: location, failoverPriority: 0, isZoneRedundant: false } ]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    capabilities: cosmosCapacity == 'serverless' ? [ { name: 'EnableServerless' } ] : []
    disableLocalAuth: cosmosAuth == 'identity'
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: databaseName
  properties: {
    resource: { id: databaseName }
    options: cosmosCapacity == 'serverless' ? {} : { autoscaleSettings: { maxThroughput: cosmosAutoscaleMaxRu } }
  }
}

// One container per collection, each partitioned by /tenant (the kommun; chat settings: the Entra tenant).
resource collections 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for c in containers: {
  parent: database
  name: c
  properties: {
    resource: {
      id: c
      partitionKey: { paths: [ '/tenant' ], kind: 'Hash', version: 2 }
    }
    options: {}
  }
}]

// Read and write items (not create databases or containers: they are made here) with the managed identity.
resource cosmosRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributor)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributor}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku, capacity: instances }
  properties: { reserved: true }
}

var botId = botAppType == 'UserAssignedMSI' ? identity.properties.clientId : botAppId

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|${nodeVersion}'
      appCommandLine: 'node dist/src/app/main.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// The app's configuration (every variable is in .env.example); apart from the site, so it can name the site's own host.
resource settings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: app
  name: 'appsettings'
  properties: union({
    NODE_ENV: 'production'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    MicrosoftAppType: botAppType
    MicrosoftAppId: botId
    MicrosoftAppTenantId: tenant().tenantId
    STORE: 'cosmos'
    COSMOS_ENDPOINT: cosmos.properties.documentEndpoint
    COSMOS_DATABASE: databaseName
    DEFAULT_KOMMUN: defaultKommun
    SCHEDULER: 'inprocess'
    PUBLIC_BASE_URL: 'https://${app.properties.defaultHostName}'
    LINK_SIGNING_SECRET: linkSigningSecret
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  }, cosmosAuth == 'identity' ? {
    COSMOS_MANAGED_IDENTITY_CLIENT_ID: identity.properties.clientId
  } : {
    COSMOS_KEY: cosmos.listKeys().primaryMasterKey
  }, botAppType == 'SingleTenant' ? {
    MicrosoftAppPassword: botAppPassword
  } : {})
  dependsOn: [ cosmosRole, collections ]
}

// The app's JSON log lines (stdout), HTTP and platform logs into the workspace.
resource appLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs'
  scope: app
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'Styrmodellsboten'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: botId
    msaAppType: botAppType
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: botAppType == 'UserAssignedMSI' ? identity.id : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// Written to env/.env.<environment> by the Agents Toolkit (m365agents.yml), and used by npm run package.
output AZURE_APP_SERVICE_RESOURCE_ID string = app.id
output BOT_ID string = botId
output BOT_DOMAIN string = app.properties.defaultHostName
output BOT_TENANT_ID string = tenant().tenantId
output PUBLIC_BASE_URL string = 'https://${app.properties.defaultHostName}'
output COSMOS_ENDPOINT string = cosmos.properties.documentEndpoint
