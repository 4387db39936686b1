/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Bank Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage#getBankKind()
 * @model
 * @generated
 */
public enum BankKind implements Enumerator {
	/**
	 * The '<em><b>FLASH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLASH_VALUE
	 * @generated
	 * @ordered
	 */
	FLASH(0, "FLASH", "flash"),

	/**
	 * The '<em><b>SRAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SRAM_VALUE
	 * @generated
	 * @ordered
	 */
	SRAM(1, "SRAM", "sram"),

	/**
	 * The '<em><b>TCM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TCM_VALUE
	 * @generated
	 * @ordered
	 */
	TCM(2, "TCM", "tcm"),

	/**
	 * The '<em><b>ROM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROM_VALUE
	 * @generated
	 * @ordered
	 */
	ROM(3, "ROM", "rom"),

	/**
	 * The '<em><b>PSRAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSRAM_VALUE
	 * @generated
	 * @ordered
	 */
	PSRAM(4, "PSRAM", "psram"),

	/**
	 * The '<em><b>DRAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAM_VALUE
	 * @generated
	 * @ordered
	 */
	DRAM(5, "DRAM", "dram");

	/**
	 * The '<em><b>FLASH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLASH
	 * @model literal="flash"
	 * @generated
	 * @ordered
	 */
	public static final int FLASH_VALUE = 0;

	/**
	 * The '<em><b>SRAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SRAM
	 * @model literal="sram"
	 * @generated
	 * @ordered
	 */
	public static final int SRAM_VALUE = 1;

	/**
	 * The '<em><b>TCM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TCM
	 * @model literal="tcm"
	 * @generated
	 * @ordered
	 */
	public static final int TCM_VALUE = 2;

	/**
	 * The '<em><b>ROM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROM
	 * @model literal="rom"
	 * @generated
	 * @ordered
	 */
	public static final int ROM_VALUE = 3;

	/**
	 * The '<em><b>PSRAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSRAM
	 * @model literal="psram"
	 * @generated
	 * @ordered
	 */
	public static final int PSRAM_VALUE = 4;

	/**
	 * The '<em><b>DRAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAM
	 * @model literal="dram"
	 * @generated
	 * @ordered
	 */
	public static final int DRAM_VALUE = 5;

	/**
	 * An array of all the '<em><b>Bank Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BankKind[] VALUES_ARRAY =
		new BankKind[] {
			FLASH,
			SRAM,
			TCM,
			ROM,
			PSRAM,
			DRAM,
		};

	/**
	 * A public read-only list of all the '<em><b>Bank Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BankKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Bank Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BankKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BankKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bank Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BankKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BankKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bank Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BankKind get(int value) {
		switch (value) {
			case FLASH_VALUE: return FLASH;
			case SRAM_VALUE: return SRAM;
			case TCM_VALUE: return TCM;
			case ROM_VALUE: return ROM;
			case PSRAM_VALUE: return PSRAM;
			case DRAM_VALUE: return DRAM;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private BankKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //BankKind
