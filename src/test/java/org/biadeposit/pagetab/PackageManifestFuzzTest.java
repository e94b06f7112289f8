package org.biadeposit.pagetab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * package.json as {@code submit} reads it before sending anything: a list of entries, or an
 * {@link IncompletePackageException} naming the file, never another exception. Seeds: a package.json our writer
 * wrote for a two-component dataset, and hand mutations of it.
 */
class PackageManifestFuzzTest {

	@FuzzTest(maxDuration = "60s")
	void entries(byte[] input) {
		try {
			List<PackageManifest.Entry> entries = PackageManifest.entries(input, Path.of("out", "package.json"));
			assertFalse(entries.isEmpty());
			for (PackageManifest.Entry e : entries) {
				assertFalse(e.path().startsWith("/") || List.of(e.path().split("/")).contains(".."), e.path());
			}
		}
		catch (IncompletePackageException e) {
			assertTrue(e.getMessage().startsWith("out/package.json is damaged: "), e.getMessage());
			assertFalse(e.getMessage().contains("Exception"), e.getMessage());
		}
	}
}
