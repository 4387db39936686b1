/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Core</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.Core#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.wasmpart.model.Core#getCpu <em>Cpu</em>}</li>
 *   <li>{@link org.wasmpart.model.Core#getProtectionUnits <em>Protection Units</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getCore()
 * @model
 * @generated
 */
public interface Core extends Identified, Sourced {
	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.Architecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see org.wasmpart.model.Architecture
	 * @see #isSetArchitecture()
	 * @see #unsetArchitecture()
	 * @see #setArchitecture(Architecture)
	 * @see org.wasmpart.model.WasmpartPackage#getCore_Architecture()
	 * @model unsettable="true"
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Core#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see org.wasmpart.model.Architecture
	 * @see #isSetArchitecture()
	 * @see #unsetArchitecture()
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.Core#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetArchitecture()
	 * @see #getArchitecture()
	 * @see #setArchitecture(Architecture)
	 * @generated
	 */
	void unsetArchitecture();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.Core#getArchitecture <em>Architecture</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Architecture</em>' attribute is set.
	 * @see #unsetArchitecture()
	 * @see #getArchitecture()
	 * @see #setArchitecture(Architecture)
	 * @generated
	 */
	boolean isSetArchitecture();

	/**
	 * Returns the value of the '<em><b>Cpu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu</em>' attribute.
	 * @see #setCpu(String)
	 * @see org.wasmpart.model.WasmpartPackage#getCore_Cpu()
	 * @model
	 * @generated
	 */
	String getCpu();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Core#getCpu <em>Cpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu</em>' attribute.
	 * @see #getCpu()
	 * @generated
	 */
	void setCpu(String value);

	/**
	 * Returns the value of the '<em><b>Protection Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.ProtectionUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protection Units</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getCore_ProtectionUnits()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtectionUnit> getProtectionUnits();

} // Core
