window.LIBRO_BUSQUEDA.recibir("t-ha",{"hace":[4,[5,1,6,1,30,1,43,1,33,1,46,1,50,1,98,1]],"hacen":[1,[35,1,51,1]],"hacer":[1,[38,1,62,1]]});
