window.LIBRO_BUSQUEDA.recibir("s-ct",["aspect","contact","direct","product","proyect"]);
