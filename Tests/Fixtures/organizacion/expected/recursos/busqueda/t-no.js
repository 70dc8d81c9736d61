window.LIBRO_BUSQUEDA.recibir("t-no",{"nombran":[1,[36,1,57,1]],"nosotr":[4,[32,1,45,1,38,1,62,1,47,1,95,1,51,1,99,1]],"nota":[1,[38,1,63,1]]});
