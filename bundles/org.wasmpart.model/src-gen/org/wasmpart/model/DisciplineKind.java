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
 * A representation of the literals of the enumeration '<em><b>Discipline Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage#getDisciplineKind()
 * @model
 * @generated
 */
public enum DisciplineKind implements Enumerator {
	/**
	 * The '<em><b>UNSYNCHRONISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSYNCHRONISED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSYNCHRONISED(0, "UNSYNCHRONISED", "unsynchronised"),

	/**
	 * The '<em><b>EXCLUSIVE WRITER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUSIVE_WRITER_VALUE
	 * @generated
	 * @ordered
	 */
	EXCLUSIVE_WRITER(1, "EXCLUSIVE_WRITER", "exclusive-writer"),

	/**
	 * The '<em><b>SPSC RING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPSC_RING_VALUE
	 * @generated
	 * @ordered
	 */
	SPSC_RING(2, "SPSC_RING", "spsc-ring"),

	/**
	 * The '<em><b>LOCK PROTECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCK_PROTECTED_VALUE
	 * @generated
	 * @ordered
	 */
	LOCK_PROTECTED(3, "LOCK_PROTECTED", "lock-protected"),

	/**
	 * The '<em><b>READ ONLY AFTER INIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READ_ONLY_AFTER_INIT_VALUE
	 * @generated
	 * @ordered
	 */
	READ_ONLY_AFTER_INIT(4, "READ_ONLY_AFTER_INIT", "read-only-after-init");

	/**
	 * The '<em><b>UNSYNCHRONISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSYNCHRONISED
	 * @model literal="unsynchronised"
	 * @generated
	 * @ordered
	 */
	public static final int UNSYNCHRONISED_VALUE = 0;

	/**
	 * The '<em><b>EXCLUSIVE WRITER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUSIVE_WRITER
	 * @model literal="exclusive-writer"
	 * @generated
	 * @ordered
	 */
	public static final int EXCLUSIVE_WRITER_VALUE = 1;

	/**
	 * The '<em><b>SPSC RING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPSC_RING
	 * @model literal="spsc-ring"
	 * @generated
	 * @ordered
	 */
	public static final int SPSC_RING_VALUE = 2;

	/**
	 * The '<em><b>LOCK PROTECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCK_PROTECTED
	 * @model literal="lock-protected"
	 * @generated
	 * @ordered
	 */
	public static final int LOCK_PROTECTED_VALUE = 3;

	/**
	 * The '<em><b>READ ONLY AFTER INIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READ_ONLY_AFTER_INIT
	 * @model literal="read-only-after-init"
	 * @generated
	 * @ordered
	 */
	public static final int READ_ONLY_AFTER_INIT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Discipline Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DisciplineKind[] VALUES_ARRAY =
		new DisciplineKind[] {
			UNSYNCHRONISED,
			EXCLUSIVE_WRITER,
			SPSC_RING,
			LOCK_PROTECTED,
			READ_ONLY_AFTER_INIT,
		};

	/**
	 * A public read-only list of all the '<em><b>Discipline Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DisciplineKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Discipline Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DisciplineKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DisciplineKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Discipline Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DisciplineKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DisciplineKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Discipline Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DisciplineKind get(int value) {
		switch (value) {
			case UNSYNCHRONISED_VALUE: return UNSYNCHRONISED;
			case EXCLUSIVE_WRITER_VALUE: return EXCLUSIVE_WRITER;
			case SPSC_RING_VALUE: return SPSC_RING;
			case LOCK_PROTECTED_VALUE: return LOCK_PROTECTED;
			case READ_ONLY_AFTER_INIT_VALUE: return READ_ONLY_AFTER_INIT;
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
	private DisciplineKind(int value, String name, String literal) {
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
	
} //DisciplineKind
