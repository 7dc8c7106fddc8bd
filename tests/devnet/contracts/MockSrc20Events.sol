// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Emits SRC20-format events with caller-supplied key hash and payload
/// (the Python SDK's MockSRC20Events), plus batch emitters for event-throughput
/// benchmarks. Payloads are emitted verbatim; the emulator never rewrites them.
contract MockSrc20Events {
    event Transfer(address indexed from, address indexed to, bytes32 indexed encryptKeyHash, bytes encryptedAmount);
    event Approval(address indexed owner, address indexed spender, bytes32 indexed encryptKeyHash, bytes encryptedAmount);

    function emitTransfer(address from, address to, bytes32 encryptKeyHash, bytes calldata encryptedAmount) external {
        emit Transfer(from, to, encryptKeyHash, encryptedAmount);
    }

    function emitApproval(address owner, address spender, bytes32 encryptKeyHash, bytes calldata encryptedAmount) external {
        emit Approval(owner, spender, encryptKeyHash, encryptedAmount);
    }

    /// One Transfer per payload (each payload carries its own nonce).
    function emitTransferBatch(address from, address to, bytes32 encryptKeyHash, bytes[] calldata encryptedAmounts) external {
        for (uint256 i = 0; i < encryptedAmounts.length; i++) {
            emit Transfer(from, to, encryptKeyHash, encryptedAmounts[i]);
        }
    }

    /// One Approval per payload.
    function emitApprovalBatch(address owner, address spender, bytes32 encryptKeyHash, bytes[] calldata encryptedAmounts) external {
        for (uint256 i = 0; i < encryptedAmounts.length; i++) {
            emit Approval(owner, spender, encryptKeyHash, encryptedAmounts[i]);
        }
    }

    /// `count` identical Transfer events: the cheapest way to flood a log subscriber.
    function emitTransferRepeat(address from, address to, bytes32 encryptKeyHash, bytes calldata encryptedAmount, uint256 count) external {
        for (uint256 i = 0; i < count; i++) {
            emit Transfer(from, to, encryptKeyHash, encryptedAmount);
        }
    }
}
