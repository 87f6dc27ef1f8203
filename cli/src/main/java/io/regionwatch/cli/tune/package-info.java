/** Learning the approved-region list from past logs: which regions each account really writes to. */
package io.regionwatch.cli.tune;
