window.LIBRO_BUSQUEDA.recibir("s-tr",["centr","entr","letr","nosotr"]);
