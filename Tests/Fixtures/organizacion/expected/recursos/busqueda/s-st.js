window.LIBRO_BUSQUEDA.recibir("s-st",["bast","dispuest","just","list","post","previst","supuest","vist"]);
