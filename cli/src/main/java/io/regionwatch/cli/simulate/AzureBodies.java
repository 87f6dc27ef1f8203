package io.regionwatch.cli.simulate;

import tools.jackson.databind.node.ObjectNode;

/** ARM request and response bodies, as the JSON text Azure embeds in Activity Log properties. */
final class AzureBodies {

    private AzureBodies() {
    }

    static String resourceGroup(String id, String name, String location) {
        ObjectNode b = Json.object().put("id", id).put("name", name)
                .put("type", "Microsoft.Resources/resourceGroups").put("location", location);
        b.set("properties", Json.object().put("provisioningState", "Succeeded"));
        return Json.write(b);
    }

    static String virtualMachine(String id, String location, String size) {
        String name = id.substring(id.lastIndexOf('/') + 1);
        ObjectNode b = Json.object().put("name", name).put("id", id)
                .put("type", "Microsoft.Compute/virtualMachines").put("location", location);
        ObjectNode props = b.putObject("properties");
        props.set("hardwareProfile", Json.object().put("vmSize", size));
        ObjectNode image = Json.object().put("publisher", "Canonical").put("offer", "ubuntu-24_04-lts")
                .put("sku", "server").put("version", "latest");
        ObjectNode storage = props.putObject("storageProfile");
        storage.set("imageReference", image);
        storage.set("osDisk", Json.object().put("osType", "Linux").put("createOption", "FromImage")
                .put("caching", "ReadWrite"));
        props.set("osProfile", Json.object().put("computerName", name).put("adminUsername", "azureuser"));
        props.put("provisioningState", "Creating");
        return Json.write(b);
    }

    static String storageAccount(String location) {
        ObjectNode b = Json.object();
        b.set("sku", Json.object().put("name", "Standard_LRS"));
        b.put("kind", "StorageV2").put("location", location);
        b.set("properties", Json.object().put("minimumTlsVersion", "TLS1_2").put("allowBlobPublicAccess", false)
                .put("supportsHttpsTrafficOnly", true));
        return Json.write(b);
    }

    static String securityRule(int priority, String port) {
        ObjectNode props = Json.object().put("protocol", "Tcp").put("sourcePortRange", "*")
                .put("destinationPortRange", port).put("sourceAddressPrefix", "198.51.100.0/24")
                .put("destinationAddressPrefix", "*").put("access", "Allow").put("priority", priority)
                .put("direction", "Inbound");
        ObjectNode b = Json.object();
        b.set("properties", props);
        return Json.write(b);
    }

    static String tags(String owner) {
        ObjectNode b = Json.object();
        ObjectNode props = b.putObject("properties");
        props.set("tags", Json.object().put("owner", owner).put("cost-center", "cc-4410"));
        return Json.write(b);
    }

    static String error(String code, String message) {
        ObjectNode b = Json.object();
        b.set("error", Json.object().put("code", code).put("message", message));
        return Json.write(b);
    }
}
