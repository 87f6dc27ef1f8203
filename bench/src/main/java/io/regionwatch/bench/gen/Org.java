package io.regionwatch.bench.gen;

import java.util.ArrayList;
import java.util.List;

/** The generated organisation: three accounts, each with people, automation and AWS services as callers. */
final class Org {
    static final List<String> ACCOUNTS = List.of("418275093621", "530981274466", "602117459380");
    /** The AWS regions of the bundled pack's default approved list; background traffic stays inside them. */
    static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1");
    static final String CLI = "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 prompt/off command/ec2.describe-instances";
    static final String BOTO = "Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux#5.10.213 md/arch#x86_64 lang/python#3.11.8 cfg/retry-mode#legacy Botocore/1.34.69";
    static final String TERRAFORM = "APN/1.0 HashiCorp/1.0 Terraform/1.7.5 (+https://www.terraform.io) terraform-provider-aws/5.42.0 aws-sdk-go-v2/1.26.0 os/linux lang/go#1.22.1";
    static final String CONSOLE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36";

    private Org() {
    }

    /** Every principal of every account; each non-service principal works in one to three approved regions. */
    static List<Principal> principals() {
        List<Principal> all = new ArrayList<>();
        for (int a = 0; a < ACCOUNTS.size(); a++) {
            String account = ACCOUNTS.get(a);
            all.add(new Principal(account, "IAMUser", "ci-deployer", TERRAFORM, regions(a, 2)));
            all.add(new Principal(account, "IAMUser", "j.doe", CLI, regions(a + 1, 1)));
            all.add(new Principal(account, "IAMUser", "a.nguyen", BOTO, regions(a + 2, 3)));
            all.add(new Principal(account, "AssumedRole", "app-runtime", BOTO, regions(a + 3, 3)));
            all.add(new Principal(account, "AssumedRole", "data-pipeline", BOTO, regions(a, 3)));
            all.add(new Principal(account, "AssumedRole", "PlatformAdmin", CONSOLE, regions(a + 1, 2)));
            all.add(new Principal(account, "AWSService", "lambda.amazonaws.com", "lambda.amazonaws.com", REGIONS));
            all.add(new Principal(account, "AWSService", "ec2.amazonaws.com", "ec2.amazonaws.com", REGIONS));
        }
        return all;
    }

    private static List<String> regions(int from, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(REGIONS.get((from + i) % REGIONS.size()));
        }
        return out;
    }
}
