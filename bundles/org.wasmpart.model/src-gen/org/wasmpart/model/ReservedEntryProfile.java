/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reserved Entry Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What an RTOS or a runtime takes from every module's protection budget.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.ReservedEntryProfile#getKind <em>Kind</em>}</li>
 *   <li>{@link org.wasmpart.model.ReservedEntryProfile#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getReservedEntryProfile()
 * @model
 * @generated
 */
public interface ReservedEntryProfile extends Identified, Sourced {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.ProfileKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.wasmpart.model.ProfileKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(ProfileKind)
	 * @see org.wasmpart.model.WasmpartPackage#getReservedEntryProfile_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	ProfileKind getKind();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ReservedEntryProfile#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.wasmpart.model.ProfileKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProfileKind value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.ReservedEntryProfile#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(ProfileKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.ReservedEntryProfile#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(ProfileKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.ReservedEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getReservedEntryProfile_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReservedEntry> getEntries();

} // ReservedEntryProfile
