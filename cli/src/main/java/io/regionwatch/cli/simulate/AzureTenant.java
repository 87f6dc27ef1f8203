package io.regionwatch.cli.simulate;

import java.util.List;

/**
 * The fictitious Azure tenant: a production subscription exported to Log Analytics and a
 * development subscription exported to a storage account (two diagnostic settings, two sinks).
 */
final class AzureTenant {

    static final String TENANT = "5f0c2d8e-7a41-4b9e-9c3a-2e6b8d1f4a70";
    static final String WORKSPACE = "b1e7c3a9-42d5-4f08-8e6c-9a2d7f1b3c54";
    static final String PROD_SUB = "9a3e5c71-2b8d-4f6e-a0c4-7d1e3b9f5a26";
    static final String DEV_SUB = "e4b7a2c9-6d13-4a8f-b5e2-1c9d7f3a8b60";
    static final String MGMT_GROUP = "mg-northwind-platform";
    static final List<String> APPROVED = List.of("eastus", "eastus2", "westus2", "westeurope", "northeurope");

    final AzureCaller admin;
    final AzureCaller engineer;
    final AzureCaller deployPipeline;
    final AzureCaller compromised;

    AzureTenant(Rand rand) {
        admin = AzureCaller.user(rand, "dana.whitfield@northwind.example", "Dana", "Whitfield", "198.51.100.23",
                AzureCaller.AZURE_PORTAL);
        engineer = AzureCaller.user(rand, "lee.okafor@northwind.example", "Lee", "Okafor", "198.51.100.24",
                AzureCaller.AZURE_PORTAL);
        deployPipeline = AzureCaller.servicePrincipal(rand, "192.0.2.42");
        compromised = AzureCaller.user(rand, "m.reyes@northwind.example", "Marta", "Reyes", "203.0.113.91",
                AzureCaller.AZURE_CLI);
    }

    static String hierarchy(String subscription) {
        return TENANT + "/" + MGMT_GROUP + "/" + subscription;
    }
}
