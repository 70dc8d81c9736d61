window.LIBRO_BUSQUEDA.recibir("s-gi",["estrategi","metodologi"]);
