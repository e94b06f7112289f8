package org.biadeposit.fiji.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the wizard a problem's place is: the step, and the form field that holds the value. Places are those of
 * {@link org.biadeposit.rembi.Problem#where()}: a key path in deposit.yaml ({@code deposit.yaml study.title},
 * {@code deposit.yaml:12 study.license}, {@code deposit.yaml biosamples."WT embryos".organism},
 * {@code deposit.yaml study.authors[1].orcid}), a File-list row ({@code File-list cells row 4 (cells/a.tif)}), a study
 * component ({@code study component cells}) or a file.
 *
 * @param step the step to show
 * @param field the form field's key in the Description step (see {@link DescriptionStep}), or null
 * @param fileList the File-list to show in the File-lists step, or null
 */
record ProblemPlace(WizardStep step, String field, String fileList) {

	private static final Pattern CONFIG = Pattern.compile("(\\S+\\.ya?ml)(:\\d+(:\\d+)?)?(\\s+(.*))?");
	private static final Pattern FILE_LIST = Pattern.compile("File-list (\\S+) (row|column) .*");

	/**
	 * @param acquisitions the titles of the image acquisitions, in form order
	 * @param components the names of the study components, in form order
	 */
	static ProblemPlace of(String where, List<String> acquisitions, List<String> components) {
		if (where == null) return new ProblemPlace(WizardStep.DESCRIPTION, null, null);
		Matcher list = FILE_LIST.matcher(where);
		if (list.matches()) return new ProblemPlace(WizardStep.FILE_LISTS, null, list.group(1));
		if (where.startsWith("study component ")) {
			int i = components.indexOf(where.substring("study component ".length()));
			return new ProblemPlace(WizardStep.DESCRIPTION, i < 0 ? null : "component." + i + ".description",
				null);
		}
		Matcher yaml = CONFIG.matcher(where);
		if (!yaml.matches()) return new ProblemPlace(WizardStep.IMAGES, null, null); // a file or the folder
		List<String> path = keys(yaml.group(5) == null ? "" : yaml.group(5).strip());
		return new ProblemPlace(WizardStep.DESCRIPTION, field(path, acquisitions, components), null);
	}

	private static String field(List<String> path, List<String> acquisitions, List<String> components) {
		if (path.isEmpty()) return null;
		String section = path.get(0);
		String entry = path.size() > 1 ? path.get(1) : null;
		String key = path.size() > 2 ? path.get(path.size() - 1) : null;
		switch (section) {
			case "study": {
				if (entry == null) return "study.title";
				if (entry.equals("authors") || entry.equals("organisations") || entry.equals("organizations")) {
					String last = path.get(path.size() - 1);
					if (entry.startsWith("org")) return last.equals("address") ? "organisation.address"
						: "organisation.name";
					return switch (last) {
						case "last_name" -> "author.last_name";
						case "email" -> "author.email";
						case "orcid" -> "author.orcid";
						case "affiliations", "affiliation" -> "organisation.name";
						default -> "author.first_name";
					};
				}
				return switch (entry) {
					case "private_until_date", "release_date" -> "study.release_date";
					case "licence", "license" -> "study.license";
					case "description", "keywords" -> "study." + entry;
					default -> "study.title";
				};
			}
			case "biosamples": {
				if (path.contains("scientific_name") || (path.contains("organism") && !path.contains("ncbi_taxon"))) {
					return "biosample.scientific_name";
				}
				if (path.contains("ncbi_taxon")) return "biosample.ncbi_taxon";
				if (path.contains("biological_entity")) return "biosample.biological_entity";
				return "biosample.title";
			}
			case "specimens":
				return path.contains("sample_preparation") ? "specimen.sample_preparation" : "specimen.title";
			case "acquisitions": {
				int i = entry == null ? 0 : index(entry, acquisitions);
				if (i < 0) i = 0;
				String prefix = "acquisition." + i + ".";
				if (path.contains("ontology_id")) return prefix + "ontology_id";
				for (String k : List.of("imaging_instrument", "image_acquisition_parameters", "imaging_method")) {
					if (path.stream().anyMatch(p -> p.startsWith(k))) return prefix + k;
				}
				return prefix + "title";
			}
			case "study_component", "associations": {
				int i = entry == null ? 0 : index(entry, components);
				return i < 0 ? null : "component." + i + ".description";
			}
			default:
				return key;
		}
	}

	/** An entry by title, or by position ({@code [2]}, counted from 1). */
	private static int index(String entry, List<String> titles) {
		if (entry.startsWith("[") && entry.endsWith("]")) {
			try {
				return Integer.parseInt(entry.substring(1, entry.length() - 1)) - 1;
			}
			catch (NumberFormatException e) {
				return -1;
			}
		}
		return titles.indexOf(entry);
	}

	/** The keys of a path such as {@code biosamples."WT embryos".organism} or {@code study.authors[2].orcid}. */
	static List<String> keys(String path) {
		List<String> out = new ArrayList<>();
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '"') {
				for (i++; i < path.length() && path.charAt(i) != '"'; i++) {
					if (path.charAt(i) == '\\' && i + 1 < path.length()) i++;
					key.append(path.charAt(i));
				}
			}
			else if (c == '.') {
				if (key.length() > 0) out.add(key.toString());
				key.setLength(0);
			}
			else if (c == '[') {
				if (key.length() > 0) out.add(key.toString());
				key.setLength(0);
				int end = path.indexOf(']', i);
				if (end < 0) end = path.length() - 1;
				out.add(path.substring(i, end + 1));
				i = end;
			}
			else if (c == ' ') {
				break; // the rest is a remark
			}
			else {
				key.append(c);
			}
		}
		if (key.length() > 0) out.add(key.toString());
		return out;
	}
}
