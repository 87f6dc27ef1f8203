package io.regionwatch.cli.simulate;

import java.time.Duration;
import java.time.Instant;

/**
 * The four Atomic-style tests of the detection's Testing Methodology, played by one adversary
 * with a stolen access key (AWS) and one phished Azure account, plus the near-misses a correct
 * rule must not alert on. Times are fixed offsets from the simulation start.
 */
final class AtomicTests {

    static final String RUN_INSTANCES = "atomic-1-ec2-unused-region";
    static final String CREATE_BUCKET = "atomic-2-s3-unused-region";
    static final String IAM_KEY = "atomic-3-iam-user-and-key";
    static final String RESOURCE_GROUP = "atomic-4-azure-resource-group";
    static final String FAILED_RUN = "negative-failed-run-instances";
    static final String FAILED_BUCKET = "negative-failed-create-bucket";
    static final String APPROVED_RUN = "negative-approved-run-instances";
    static final String APPROVED_VM = "negative-approved-azure-vm";
    static final String DENIED_STORAGE = "negative-policy-denied-azure-storage";

    /** The operation name the seed's methodology and query use for resource group creation. */
    static final String SEED_RG_WRITE = "Microsoft.Resources/resourceGroups/write";

    private static final String SCP_DENY = "You are not authorized to perform this operation. User: %s is not"
            + " authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:ap-northeast-1:%s:instance/*"
            + " with an explicit deny in a service control policy. Encoded authorization failure message: ";

    private final Rand rand;
    private final AwsOrg org;
    private final AzureTenant tenant;
    private final Instant start;
    private final Ec2Calls ec2;
    private final S3Calls s3;
    private final IdentityCalls identity;

    AtomicTests(Rand rand, AwsOrg org, AzureTenant tenant, Instant start) {
        this.rand = rand;
        this.org = org;
        this.tenant = tenant;
        this.start = start;
        this.ec2 = new Ec2Calls(rand);
        this.s3 = new S3Calls(rand);
        this.identity = new IdentityCalls(rand);
    }

    Planted plant() {
        Planted p = new Planted();
        approvedRunInstances(p);
        ec2InUnusedRegion(p);
        bucketInUnusedRegion(p);
        iamPersistence(p);
        approvedAzureVm(p);
        deniedAzureStorage(p);
        azureResourceGroup(p);
        return p;
    }

    private Instant at(int minutes, int seconds) {
        return start.plus(Duration.ofMinutes(minutes).plusSeconds(seconds));
    }

    private void approvedRunInstances(Planted p) {
        String ip = AwsOrg.CI_IPS.get(0);
        p.aws(APPROVED_RUN, false, ec2.runInstances(at(35, 8), "eu-west-1", org.terraform, ip,
                AwsOrg.TERRAFORM + " api/ec2#1.187.0", "m6i.large", null, null));
    }

    /** Test 1: denied by an SCP in one region, the adversary succeeds in ap-southeast-1. */
    private void ec2InUnusedRegion(Planted p) {
        String ip = AwsOrg.ADVERSARY_IP;
        p.aws(null, false, identity.getCallerIdentity(at(44, 5), org.backupSync, ip,
                AwsOrg.AWS_CLI + "sts.get-caller-identity"));
        String denied = String.format(SCP_DENY, org.backupSync.arn(), AwsOrg.ACCOUNT) + rand.alnum(420);
        p.aws(FAILED_RUN, false, ec2.runInstances(at(46, 20), "ap-northeast-1", org.backupSync, ip,
                AwsOrg.AWS_CLI + "ec2.run-instances", "c5.4xlarge", "Client.UnauthorizedOperation", denied));
        p.aws(null, false, ec2.describe(at(47, 3), "ap-southeast-1", org.backupSync, ip,
                AwsOrg.AWS_CLI + "ec2.describe-images", "DescribeImages"));
        p.aws(RUN_INSTANCES, true, ec2.runInstances(at(47, 13), "ap-southeast-1", org.backupSync, ip,
                AwsOrg.AWS_CLI + "ec2.run-instances", "c5.4xlarge", null, null));
        p.aws(null, false, ec2.describe(at(47, 41), "ap-southeast-1", org.backupSync, ip,
                AwsOrg.AWS_CLI + "ec2.describe-instances", "DescribeInstances"));
    }

    /** Test 2: the first bucket name is taken (failed), the second succeeds in sa-east-1. */
    private void bucketInUnusedRegion(Planted p) {
        String ip = AwsOrg.ADVERSARY_IP;
        String agent = AwsOrg.AWS_CLI + "s3api.create-bucket";
        p.aws(FAILED_BUCKET, false, s3.createBucket(at(51, 2), "sa-east-1", org.backupSync, ip, agent,
                "backup-sync-archive", "BucketAlreadyExists", S3Calls.BUCKET_TAKEN));
        p.aws(CREATE_BUCKET, true, s3.createBucket(at(51, 40), "sa-east-1", org.backupSync, ip, agent,
                "backup-sync-archive-" + rand.hex(8), null, null));
    }

    /** Test 3: a backdoor user and key, by the same stolen principal; IAM logs in us-east-1. */
    private void iamPersistence(Planted p) {
        String ip = AwsOrg.ADVERSARY_IP;
        String user = "backup-sync-maint";
        p.aws(IAM_KEY, false, identity.createUser(at(61, 5), org.backupSync, ip,
                AwsOrg.AWS_CLI + "iam.create-user", user));
        p.aws(IAM_KEY, false, identity.createAccessKey(at(61, 48), org.backupSync, ip,
                AwsOrg.AWS_CLI + "iam.create-access-key", user));
    }

    private void approvedAzureVm(Planted p) {
        String group = "rg-web-prod-weu";
        String id = AzureOperation.resourceId(AzureTenant.PROD_SUB, group,
                "Microsoft.Compute/virtualMachines/vm-web-03");
        String body = AzureBodies.virtualMachine(id, "westeurope", "Standard_D2s_v5");
        p.azure(APPROVED_VM, false, new AzureOperation(rand, "Microsoft.Compute/virtualMachines/write",
                "Create or Update Virtual Machine", tenant.deployPipeline, AzureTenant.PROD_SUB, group, id)
                .role("Contributor").bodies("westeurope", body, body).longRunning().ends("Succeeded", "Created")
                .events(at(29, 17)));
    }

    /** Azure Policy's allowed-locations assignment refuses a storage account in brazilsouth. */
    private void deniedAzureStorage(Planted p) {
        String group = "rg-data-platform";
        String id = AzureOperation.resourceId(AzureTenant.PROD_SUB, group,
                "Microsoft.Storage/storageAccounts/nwlakebrs01");
        String message = "Resource 'nwlakebrs01' was disallowed by policy. Policy identifiers: '[{\"policyAssignment\":"
                + "{\"name\":\"Allowed locations\",\"id\":\"/providers/Microsoft.Management/managementGroups/"
                + AzureTenant.MGMT_GROUP
                + "/providers/Microsoft.Authorization/policyAssignments/allowed-locations\"}}]'.";
        p.azure(DENIED_STORAGE, false, new AzureOperation(rand, "Microsoft.Storage/storageAccounts/write",
                "Create/Update Storage Account", tenant.engineer, AzureTenant.PROD_SUB, group, id)
                .role("Contributor").bodies("brazilsouth", AzureBodies.storageAccount("brazilsouth"),
                        AzureBodies.error("RequestDisallowedByPolicy", message))
                .ends("Failed", "Forbidden").events(at(56, 30)));
    }

    /** Test 4: the location japaneast appears only inside the request and response bodies. */
    private void azureResourceGroup(Planted p) {
        String group = "rg-sync-cache-" + rand.hex(6);
        String id = "/subscriptions/" + AzureTenant.PROD_SUB + "/resourceGroups/" + group;
        String request = "{\"location\":\"japaneast\",\"tags\":{}}";
        String response = AzureBodies.resourceGroup(id, group, "japaneast");
        p.azure(RESOURCE_GROUP, true, new AzureOperation(rand, SEED_RG_WRITE, "Update resource group",
                tenant.compromised, AzureTenant.PROD_SUB, group, id)
                .bodies("japaneast", request, response).ends("Succeeded", "Created").events(at(74, 22)));
    }
}
