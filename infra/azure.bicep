// Azure resources for the meeting-cancel bot, laid out as the Microsoft 365 Agents Toolkit's bot
// templates do: `atk provision --env dev` deploys this file (arm/deploy in m365agents.yml) with
// azure.parameters.json, whose ${{...}} values come from env/.env.dev and env/.env.dev.user.
// Outputs are written back to env/.env.dev. Secrets arrive as @secure() parameters only.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('The one Entra app that is the bot and the SSO app (BOT_ID == AAD_APP_CLIENT_ID)')
param botAadAppClientId string

@secure()
@description('Its client secret: SECRET_BOT_PASSWORD, which is also SECRET_AAD_APP_CLIENT_SECRET')
param botAadAppClientSecret string

@description('The Entra tenant of the single-tenant app (AAD_APP_TENANT_ID)')
param botTenantId string

param aadAppOauthAuthorityHost string = 'https://login.microsoftonline.com'

@secure()
@description('32 random bytes, base64, that seal the persisted token caches and card outcomes (SECRET_TOKEN_CACHE_KEY)')
param tokenCacheKey string

@description('App Service plan SKU; Basic (B1) and up can run several instances')
param webAppSKU string

@minValue(2)
@description('Instances behind the App Service load balancer; state is shared through blob storage')
param instanceCount int

@maxLength(42)
param botDisplayName string

@description('The blob container that holds conversations, card tickets and token caches (BLOB_CONTAINER)')
param blobContainerName string

param stateRetentionDays int = 30
param tokenCacheRetentionDays int = 90

@description('Application Insights for the bot\'s OpenTelemetry traces and counters; false leaves telemetry off')
param enableTelemetry bool = true

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param storageAccountName string = take(toLower(replace('${resourceBaseName}state', '-', '')), 24)
param location string = resourceGroup().location

// State shared by every instance: one JSON blob per key, conditional writes (see the README).
resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: blobContainerName
  properties: {
    publicAccess: 'None'
  }
}

// The storage account deletes what the bot's own hourly sweep would (blob names are URL-encoded keys).
resource retention 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storageAccount
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'bot-state'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${blobContainerName}/conversations%2F'
                '${blobContainerName}/tickets%2F'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: stateRetentionDays
                }
              }
            }
          }
        }
        {
          name: 'bot-token-caches'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${blobContainerName}/tokens%2F'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: tokenCacheRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = if (enableTelemetry) {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = if (enableTelemetry) {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'Node.JS'
    WorkspaceResourceId: logs.id
  }
}

// Compute resources for your Web App: Linux, several instances.
resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  kind: 'linux'
  location: location
  name: serverfarmsName
  sku: {
    name: webAppSKU
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

// Web App that hosts your bot
resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node --no-regexp-tier-up --heap-growing-percent=30 dist/index.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      // Instances that fail it are taken out of the load balancer.
      healthCheckPath: '/healthz'
    }
  }
}
// Every setting the bot reads (src/config.ts), as process variables; env files are not deployed.
// Kept apart from the site so BOT_DOMAIN can be the site's real host name.
resource webAppSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    WEBSITE_RUN_FROM_PACKAGE: '1'
    APP_ENV: 'dev'
    BOT_ID: botAadAppClientId
    SECRET_BOT_PASSWORD: botAadAppClientSecret
    BOT_TYPE: 'SingleTenant'
    BOT_TENANT_ID: botTenantId
    // The public host name: the Application ID URI (api://BOT_DOMAIN/botid-BOT_ID, unless
    // AAD_APP_ID_URI says otherwise) and the consent page live there.
    BOT_DOMAIN: webApp.properties.defaultHostName
    AAD_APP_ID_URI: 'api://${webApp.properties.defaultHostName}/botid-${botAadAppClientId}'
    AAD_APP_CLIENT_ID: botAadAppClientId
    SECRET_AAD_APP_CLIENT_SECRET: botAadAppClientSecret
    AAD_APP_TENANT_ID: botTenantId
    AAD_APP_OAUTH_AUTHORITY_HOST: aadAppOauthAuthorityHost
    GRAPH_ENDPOINT: 'https://graph.microsoft.com/v1.0'
    STORAGE: 'blob'
    BLOB_CONTAINER: blobContainerName
    SECRET_BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=${storageAccount.name};AccountKey=${storageAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
    SECRET_TOKEN_CACHE_KEY: tokenCacheKey
    STATE_RETENTION_DAYS: string(stateRetentionDays)
    TOKEN_CACHE_RETENTION_DAYS: string(tokenCacheRetentionDays)
    MEETINGS_HORIZON_DAYS: '7'
    COMMENT_MAX_LENGTH: '500'
    // Empty turns telemetry off (the bot treats an empty setting as unset).
    APPLICATIONINSIGHTS_CONNECTION_STRING: enableTelemetry ? appInsights.properties.ConnectionString : ''
  }
}

// Register your web service as a bot with the Bot Framework (Azure Bot, Teams channel)
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botAadAppClientId: botAadAppClientId
    botTenantId: botTenantId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
  }
}

// The output will be persisted in .env.{envName}. Visit https://aka.ms/teamsfx-actions/arm-deploy for more details.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_TENANT_ID string = botTenantId
