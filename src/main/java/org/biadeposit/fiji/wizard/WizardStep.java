package org.biadeposit.fiji.wizard;

/** The steps of the Deposition Wizard, in the order a depositor goes through them. */
public enum WizardStep {

	DATASET("Dataset"), IMAGES("Images"), DESCRIPTION("Description"), FILE_LISTS("File-lists"),
	VALIDATION("Validation"), SUBMIT("Submit");

	private final String title;

	WizardStep(String title) {
		this.title = title;
	}

	/** The name the step list shows. */
	public String title() {
		return title;
	}

	/** The step after this one, or this one when it is the last. */
	WizardStep next() {
		return this == SUBMIT ? this : values()[ordinal() + 1];
	}

	/** The step before this one, or this one when it is the first. */
	WizardStep previous() {
		return this == DATASET ? this : values()[ordinal() - 1];
	}
}
