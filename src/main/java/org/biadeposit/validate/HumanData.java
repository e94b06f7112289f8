package org.biadeposit.validate;

import static org.biadeposit.validate.Findings.Section.BIOSAMPLES;

import java.util.List;
import java.util.Locale;

import org.biadeposit.rembi.Biosample;

/** Images of human material: BIA does not take data that identifies a person. */
final class HumanData {

	static final String HOMO_SAPIENS_TAXON = "NCBI:txid9606";

	private final Places at;
	private final Findings out;

	HumanData(Places at, Findings out) {
		this.at = at;
		this.out = out;
	}

	void check(List<Biosample> biosamples) {
		for (int i = 0; i < biosamples.size(); i++) {
			Biosample b = biosamples.get(i);
			if (!isHuman(b.organism())) continue;
			out.warning(BIOSAMPLES, at.yaml(Places.entry(Places.BIOSAMPLES, b.title(), i) + ".organism"), "this " +
				"biosample is human (Homo sapiens), and BIA does not take data that identifies a person. Confirm " +
				"that the images are de-identified (no names, faces, dates of birth or record numbers in the pixels, " +
				"file names or metadata) and that the donors' consent allows public release");
		}
	}

	static boolean isHuman(Biosample.Organism o) {
		if (o == null) return false;
		String name = o.scientificName() == null ? "" : o.scientificName().strip().toLowerCase(Locale.ROOT);
		String taxon = o.ncbiTaxon() == null ? "" : o.ncbiTaxon().strip();
		return name.equals("homo sapiens") || name.startsWith("homo sapiens ") || taxon.equalsIgnoreCase(
			HOMO_SAPIENS_TAXON) || taxon.equals("9606");
	}
}
