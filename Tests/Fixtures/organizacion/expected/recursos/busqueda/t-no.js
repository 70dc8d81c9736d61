window.LIBRO_BUSQUEDA.recibir("t-no",{"nombran":[1,[36,1,57,1]],"nosotr":[4,[32,1,45,1,6,1,17,1,9,1,33,1,4,1,4,1]],"nota":[1,[38,1,63,1]]});
