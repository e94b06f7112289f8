// Stand-in for Bio-Formats' class of the same name, written for bia-deposit's tests (not Bio-Formats code).
// Bio-Formats' way of saying that an axis holds more than its name says: "phase" steps along T, for instance.
package loci.formats;

public class Modulo {
	public String parentDimension;
	public String type = "other";
	public double start = 0;
	public double step = 1;
	public double end = 0;

	public Modulo(String parentDimension) {
		this.parentDimension = parentDimension;
	}

	public int length() {
		return (int) Math.round((end - start) / step) + 1;
	}
}
