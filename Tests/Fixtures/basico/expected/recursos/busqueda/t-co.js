window.LIBRO_BUSQUEDA.recibir("t-co",{"colaboracion":[1,[8,1,9,1]],"component":[1,[2,1,2,1]],"comun":[1,[8,1,9,1]]});
