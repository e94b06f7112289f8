package org.biadeposit.rembi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A problem's place as values, read from the text the validator and the deposit.yaml reader write. */
class PlaceTest {

	@Test
	void keyPathsInDepositYamlWithLineAndQuotedTitles() {
		Place p = Problem.error("deposit.yaml:12:3 study.authors[2].orcid", "a typo").place();
		assertEquals(new Place("deposit.yaml", 12, List.of("study", "authors", "[2]", "orcid"), null, null, null), p);
		assertEquals(List.of("biosamples", "WT \"embryos\"", "organism"), Place.of("deposit.yaml biosamples." +
			"\"WT \\\"embryos\\\"\".organism").keys());
		assertEquals(List.of("study", "title"), Place.of("deposit.yaml study.title (and more)").keys());
	}

	@Test
	void fileListsComponentsAndFiles() {
		assertEquals("cells", Place.of("File-list cells row 4 (cells/a b.tif)").fileList());
		assertEquals("zstack", Place.of("File-list zstack column 3 (\"Dose\")").fileList());
		assertEquals("cells of day 7", Place.of("study component cells of day 7").component());
		assertEquals("cells/broken.tif", Place.of("cells/broken.tif").file());
		assertEquals(List.of(), Place.of(null).keys());
	}
}
