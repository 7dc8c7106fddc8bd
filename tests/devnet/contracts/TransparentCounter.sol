// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Seismic's TransparentCounter: the same logic as SeismicCounter with public state.
contract TransparentCounter {
    uint256 public number;

    function setNumber(uint256 newNumber) external {
        number = newNumber;
    }

    function increment() external {
        number += 1;
    }

    function isOdd() external view returns (bool) {
        return number % 2 == 1;
    }
}
