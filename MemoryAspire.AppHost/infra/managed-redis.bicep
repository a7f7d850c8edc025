// Azure Managed Redis for MemoryAspire's cache (Azure Cache for Redis retires: Basic/Standard/Premium on 2028-09-30),
// access-key authentication over TLS, the connection string written to the Key Vault that azd creates for this module.

@description('The location for the resource(s) to be deployed.')
param location string = resourceGroup().location

@description('Balanced_B0 is the smallest Azure Managed Redis size (0.5 GB); scale up without changing the app.')
param skuName string = 'Balanced_B0'

@description('The Key Vault azd creates for this module; connectionString is read back from it as a secret output.')
param keyVaultName string

resource cluster 'Microsoft.Cache/redisEnterprise@2025-04-01' = {
  name: take('cache-${uniqueString(resourceGroup().id)}', 60)
  location: location
  sku: {
    name: skuName
  }
  properties: {
    minimumTlsVersion: '1.2'
  }
  tags: {
    'aspire-resource-name': 'cache'
  }
}

// EnterpriseCluster: clients see one endpoint, as with a single redis-server locally.
resource database 'Microsoft.Cache/redisEnterprise/databases@2025-04-01' = {
  parent: cluster
  name: 'default'
  properties: {
    clientProtocol: 'Encrypted'
    port: 10000
    clusteringPolicy: 'EnterpriseCluster'
    evictionPolicy: 'NoEviction'
    accessKeysAuthentication: 'Enabled'
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

// The manifest reads it as {cache.secretOutputs.connectionString}, in StackExchange.Redis's format.
resource connectionString 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'connectionString'
  properties: {
    value: '${cluster.properties.hostName}:${database.properties.port},password=${database.listKeys().primaryKey},ssl=true'
  }
}

output name string = cluster.name

output hostName string = cluster.properties.hostName
