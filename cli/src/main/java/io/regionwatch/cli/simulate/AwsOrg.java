package io.regionwatch.cli.simulate;

import java.time.Instant;
import java.util.List;

/**
 * The fictitious AWS organisation whose trail is simulated: one account, a multi-region
 * management-events trail homed in us-east-1, and the principals that act in it. Addresses come
 * from the RFC 5737 documentation ranges: 198.51.100.0/24 is the office, 192.0.2.0/24 the CI
 * runners, 203.0.113.0/24 the adversary.
 */
final class AwsOrg {

    static final String ACCOUNT = "418275093621";
    static final String TRAIL = "org-management-events";
    static final String HOME_REGION = "us-east-1";
    static final String TRAIL_BUCKET = "northwind-cloudtrail-" + ACCOUNT;

    /** Regions the organisation uses; all background creation happens here. */
    static final List<String> APPROVED = List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1");

    /** Regions the console and SDK fan out to for account-wide list pages (reads only). */
    static final List<String> ALL_REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1",
            "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1",
            "ap-southeast-2", "sa-east-1");

    static final String OFFICE_IP = "198.51.100.23";
    static final List<String> CI_IPS = List.of("192.0.2.41", "192.0.2.42", "192.0.2.57");
    static final String ADVERSARY_IP = "203.0.113.77";

    static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
    static final String TERRAFORM = "APN/1.0 HashiCorp/1.0 Terraform/1.9.8 (+https://www.terraform.io)"
            + " terraform-provider-aws/5.74.0 (+https://registry.terraform.io/providers/hashicorp/aws)"
            + " aws-sdk-go-v2/1.32.3 ua/2.1 os/linux lang/go#1.23.2 md/GOOS#linux md/GOARCH#amd64";
    static final String BOTO3 = "Boto3/1.35.54 md/Botocore#1.35.54 ua/2.0 os/linux#5.10.227-219.884"
            + ".amzn2.x86_64 md/arch#x86_64 lang/python#3.11.10 md/pyimpl#CPython cfg/retry-mode#legacy"
            + " Botocore/1.35.54";
    static final String AWS_CLI = "aws-cli/2.18.12 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0-1017-aws"
            + " md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard"
            + " md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#";

    final AwsIdentity admin;
    final AwsIdentity consoleUser;
    final AwsIdentity terraform;
    final AwsIdentity deployRole;
    final AwsIdentity backupSync;
    final List<AwsIdentity> services;

    AwsOrg(Rand rand, Instant start) {
        admin = AwsIdentity.assumedRole(ACCOUNT, "AWSReservedSSO_AdministratorAccess_" + rand.hex(16),
                "AROA" + rand.upperAlnum(17), "dana.whitfield@northwind.example", "ASIA" + rand.upperAlnum(16),
                start.minusSeconds(1800));
        consoleUser = AwsIdentity.iamUser(ACCOUNT, "lee.okafor", "AIDA" + rand.upperAlnum(17), null);
        terraform = AwsIdentity.iamUser(ACCOUNT, "ci-terraform", "AIDA" + rand.upperAlnum(17),
                "AKIA" + rand.upperAlnum(16));
        deployRole = AwsIdentity.assumedRole(ACCOUNT, "github-actions-deploy", "AROA" + rand.upperAlnum(17),
                "GitHubActions", "ASIA" + rand.upperAlnum(16), start.minusSeconds(600));
        // The long-lived key of this service user is the one the adversary has stolen.
        backupSync = AwsIdentity.iamUser(ACCOUNT, "svc-backup-sync", "AIDA" + rand.upperAlnum(17),
                "AKIA" + rand.upperAlnum(16));
        services = List.of(AwsIdentity.awsService("ec2.amazonaws.com"),
                AwsIdentity.awsService("lambda.amazonaws.com"),
                AwsIdentity.awsService("config.amazonaws.com"),
                AwsIdentity.awsService("cloudtrail.amazonaws.com"));
    }
}
